import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trpc } from "../support/api.js";
import { expectNoAxeViolations } from "../support/axe.js";
import { baseUrl, launchBrowser } from "../support/browser.js";
import { focusStop, hasFocus, tabThrough, tabTo } from "../support/keyboard.js";
import { signedIn } from "../support/session.js";
import { checkWidths } from "../support/widths.js";

// Sør-Østerdal's secretariat works on a shared measure with the keyboard alone: edits it in
// place, edits a municipality's part, fills two years of its budget grid, and comments.
// Every in-place form takes the focus when it opens and gives it back when it closes. The
// measure lives in a draft programme made for this spec, so no other spec's data changes.

const MEASURE = "Felles rekruttering til helse og omsorg";
const RENAMED = "Felles rekruttering til helse, omsorg og beredskap";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A shared measure with Elverum's and Trysil's parts and one budget line, in a new draft. */
async function arrangeMeasure(page: Page): Promise<string> {
  const me = await trpc<{ organisation: { id: string } }>(page, "query", "auth.me");
  const ownerId = me.organisation.id;
  const members = await trpc<{ items: Array<{ municipality: { id: string; name: string } }> }>(page, "query", "organisations.listMemberships", { councilId: ownerId });
  const programme = await trpc<{ id: string }>(page, "mutation", "programmes.create", { ownerId, title: "Handlingsprogram 2036–2037", periodStart: "2036-01-01", periodEnd: "2037-12-31" });
  const measure = await trpc<{ id: string }>(page, "mutation", "measures.create", { programmeId: programme.id, scope: "shared", ownerId, title: MEASURE, position: 1 });
  for (const name of ["Elverum", "Trysil"]) {
    const member = members.items.find((item) => item.municipality.name === name);
    expect(member, `${name} is a member of the council`).toBeTruthy();
    await trpc(page, "mutation", "measures.addPart", { measureId: measure.id, municipalityId: member?.municipality.id, status: "in_progress", progress: 20 });
  }
  await trpc(page, "mutation", "measures.addBudgetLine", {
    measureId: measure.id, year: 2036, amount: { amountMinor: 30_000_000, currency: "NOK" }, fundingSource: "council_funds",
  });
  return measure.id;
}

describe("a measure with the keyboard and on a narrow screen", () => {
  it("is edited in place, part, budget and comment, without a mouse", async () => {
    const page = await signedIn(browser, "sor-osterdal@demo.samspill.no");
    const measureId = await arrangeMeasure(page);
    await page.goto(new URL(`/measures/${measureId}?lang=nb`, baseUrl()).toString());
    await page.getByRole("heading", { level: 1, name: MEASURE }).waitFor();
    const main = page.getByRole("main");
    await expectNoAxeViolations(page);
    await checkWidths(page, "keyboard-measure");

    // The measure's own fields: the form opens with the focus on its first field.
    const edit = main.getByRole("button", { name: "Rediger tiltaket" });
    await tabThrough(page, [main.getByRole("link", { name: "Handlingsprogram 2036–2037" }), edit]);
    await page.keyboard.press("Enter");
    const title = main.getByLabel("Tittel");
    expect(await hasFocus(title)).toBe(true);
    await expectNoAxeViolations(page);
    await page.keyboard.press("Control+A");
    await page.keyboard.type(RENAMED);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: RENAMED }).waitFor();
    await main.getByText("Lagret.").waitFor();
    expect(await hasFocus(edit)).toBe(true);

    // One municipality's part, from its row in the matrix and back to it.
    const parts = page.getByRole("region", { name: "Kommunenes deler" });
    const editElverum = parts.getByRole("button", { name: "Rediger delen til Elverum" });
    await tabTo(page, editElverum);
    await page.keyboard.press("Enter");
    const partForm = page.getByRole("form", { name: "Rediger delen til Elverum" });
    expect(await hasFocus(partForm.getByLabel("Status"))).toBe(true);
    await expectNoAxeViolations(page);
    await tabTo(page, partForm.getByLabel("Framdrift (%)"));
    await page.keyboard.press("Control+A");
    await page.keyboard.type("40");
    await page.keyboard.press("Enter");
    await partForm.waitFor({ state: "detached" });
    await parts.getByRole("row", { name: /Elverum/ }).locator('[aria-valuenow="40"]').waitFor();
    expect(await hasFocus(editElverum)).toBe(true);

    // The budget grid from the keyboard: a cell, the arrow key to the next year, and save.
    const grid = main.getByRole("table", { name: /^Budsjett per finansieringskilde og år/ });
    const first = grid.getByRole("textbox", { name: "Hele tiltaket, Regionrådets midler, 2036" });
    await tabTo(page, first);
    await page.keyboard.type("350 000");
    await page.keyboard.press("ArrowRight");
    expect(await hasFocus(grid.getByRole("textbox", { name: "Hele tiltaket, Regionrådets midler, 2037" }))).toBe(true);
    await page.keyboard.type("75 000");
    await expectNoAxeViolations(page);
    const save = main.getByRole("button", { name: "Lagre 2 endringer" });
    await tabTo(page, save);
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "2 celler er lagret." }).waitFor();
    await expect.poll(async () => ((await grid.locator("tfoot tr").last().locator("td").last().textContent()) ?? "").replace(/\s+/g, " ")).toBe("425 000 kr");
    await page.screenshot({ path: "test-results/keyboard-measure-budget-grid.png", fullPage: true });

    // A comment, written and sent from the keyboard.
    await tabTo(page, main.getByLabel("Ny kommentar"));
    await page.keyboard.type("Trysil ønsker å delta i rekrutteringsmessen i mars.");
    await page.keyboard.press("Tab");
    expect((await focusStop(page)).name).toBe("Legg til kommentar");
    await page.keyboard.press("Enter");
    await main.getByText("Trysil ønsker å delta i rekrutteringsmessen i mars.").waitFor();
    await expectNoAxeViolations(page);
    await checkWidths(page, "keyboard-measure-after");
    await page.context().close();
  });
});
