import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trpc } from "../support/api.js";
import { expectNoAxeViolations } from "../support/axe.js";
import { baseUrl, launchBrowser } from "../support/browser.js";
import { hasFocus, tabThrough } from "../support/keyboard.js";
import { signedIn } from "../support/session.js";
import { checkWidths } from "../support/widths.js";

// Sør-Østerdal's secretariat puts the focus areas of a draft in order with the keyboard: each
// "move" button keeps the focus while its area moves, and the reading view follows the order.

const AREAS = ["Kompetanse", "Næringsutvikling", "Attraktivitet"];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("ordering the focus areas of a draft", () => {
  it("moves an area up twice and another down once from the keyboard", async () => {
    const page = await signedIn(browser, "sor-osterdal@demo.samspill.no");
    const me = await trpc<{ organisation: { id: string } }>(page, "query", "auth.me");
    const draft = await trpc<{ id: string }>(page, "mutation", "programmes.create", {
      ownerId: me.organisation.id, title: "Handlingsprogram 2038–2039", periodStart: "2038-01-01", periodEnd: "2039-12-31",
    });
    // Added without positions, as the first areas of a new draft often are.
    for (const title of AREAS) await trpc(page, "mutation", "programmes.addFocusArea", { programmeId: draft.id, title });
    await page.goto(new URL(`/programmes/${draft.id}?lang=nb`, baseUrl()).toString());
    await page.getByRole("heading", { level: 1, name: "Handlingsprogram 2038–2039" }).waitFor();
    const editing = page.getByRole("region", { name: "Rediger handlingsprogrammet" });
    const order = async () => (await page.getByRole("main").getByRole("heading", { level: 2 }).allTextContents()).filter((text) => AREAS.includes(text.trim()));
    // Areas on the same position come in no set order: the moves are checked against the one shown.
    const [first, second, third] = (await order()) as [string, string, string];
    expect([first, second, third].sort()).toEqual([...AREAS].sort());

    const up = editing.getByRole("button", { name: `Flytt opp «${third}»` });
    await tabThrough(page, [up]);
    await page.keyboard.press("Enter");
    await editing.getByRole("status").getByText(`«${third}» er flyttet opp.`).waitFor();
    await expect.poll(order).toEqual([first, third, second]);
    expect(await hasFocus(up)).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(order).toEqual([third, first, second]);
    await expect.poll(() => hasFocus(up)).toBe(true);
    // At the top "up" does nothing, but keeps the focus and says it cannot.
    expect(await up.getAttribute("aria-disabled")).toBe("true");
    await expectNoAxeViolations(page);

    const down = editing.getByRole("button", { name: `Flytt ned «${first}»` });
    await down.focus();
    await page.keyboard.press("Enter");
    await expect.poll(order).toEqual([third, second, first]);
    await expect.poll(() => hasFocus(down)).toBe(true);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Handlingsprogram 2038–2039" }).waitFor();
    await expect.poll(order).toEqual([third, second, first]);
    await checkWidths(page, "keyboard-focus-area-order");
    await page.context().close();
  });
});
