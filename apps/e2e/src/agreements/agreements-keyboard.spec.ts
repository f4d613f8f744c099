import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { focusMain, focusStop, hasFocus, tabThrough, tabTo } from "../support/keyboard.js";
import { signedIn } from "../support/session.js";
import { checkWidths, expectFitsWidth, NARROW } from "../support/widths.js";

// Innlandet's agreements with the keyboard alone and on a 320 px wide screen: the list, one
// agreement, and its wide tables scrolled sideways with the arrow keys.

const HAMAR_AGREEMENT = "Partnerskapsavtale mellom Innlandet fylkeskommune og Hamarregionen 2022–2026";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the county's agreements with the keyboard and on a narrow screen", () => {
  it("opens an agreement from the list and reaches its measures in reading order", async () => {
    const page = await signedIn(browser, "fylke@demo.samspill.no", { returnTo: "/agreements" });
    await page.getByRole("heading", { level: 1, name: "Partnerskapsavtaler" }).waitFor();
    await checkWidths(page, "keyboard-agreements");
    await expectNoAxeViolations(page);

    const main = page.getByRole("main");
    await tabThrough(page, [main.getByRole("link", { name: HAMAR_AGREEMENT })]);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: HAMAR_AGREEMENT }).waitFor();
    // A client-side navigation puts the focus at the start of the new page's content.
    expect((await focusStop(page)).tag).toBe("main");

    const obligations = page.getByRole("region", { name: "Forpliktelser" });
    const firstMeasure = obligations.locator('a[href^="/measures/"]').first();
    await obligations.getByRole("heading", { level: 3 }).first().waitFor();
    await tabThrough(page, [main.getByRole("link", { name: "Alle avtaler" }), firstMeasure]);
    await expectNoAxeViolations(page);
    await checkWidths(page, "keyboard-agreement");

    // The caption of a table that scrolls stays in view instead of being cut off with the table.
    await page.setViewportSize({ width: NARROW, height: 900 });
    await expectFitsWidth(page);
    const caption = obligations.locator("caption").first();
    const box = await caption.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(NARROW);

    // At 320 px the obligations' table scrolls in a named box that the keyboard reaches and scrolls.
    const scrollBox = obligations.getByRole("region", { name: "Tiltak som oppfyller den", exact: true }).first();
    await focusMain(page);
    await tabTo(page, scrollBox);
    expect(await hasFocus(scrollBox)).toBe(true);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => scrollBox.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
