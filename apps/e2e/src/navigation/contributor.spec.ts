import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { follow, home, mainMenu, menuEntries, workLinks } from "../support/links.js";
import { signedIn } from "../support/session.js";
import { expectFitsWidth } from "../support/widths.js";

// Stange's contributor, from the home page by links only: the measures of its tasks, a report
// and its measure, the council's dashboard and programme, the overview of all periods,
// meetings, agreements and settings — on a phone as well.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const MEASURE = "Regional ladestruktur";
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/navigation-contributor-${name}.png`, fullPage: true });

describe("the contributor's ways to its work", () => {
  it("reaches its measures, reports, the council's dashboard and programme, meetings and agreements", async () => {
    const page = await signedIn(browser, "stange@demo.samspill.no");
    await page.getByRole("heading", { level: 1, name: "Stange" }).waitFor();
    const menu = [
      "Forside", "Handlingsprogram", "Rapporteringsoversikt", "Møter", "Avtaler",
    ];
    expect(await menuEntries(page, menu)).toEqual(menu);
    await shot(page, "home");
    await expectNoAxeViolations(page);

    // The tasks table leads to the measure itself, and to its report.
    const mine = page.getByRole("table", { name: /Dine tiltak og deler/ });
    await follow(page, mine.getByRole("link", { name: MEASURE, exact: true }), MEASURE);
    await home(page, "Forside", "Stange");
    await follow(page, mine.getByRole("link", { name: new RegExp(`: ${MEASURE}$`) }), `Statusrapport: ${MEASURE}`);
    const facts = page.getByRole("main").locator("dl.facts").first();
    await follow(page, facts.getByRole("link", { name: MEASURE }), MEASURE);

    // The council's dashboard, and its programme from there.
    await home(page, "Forside", "Stange");
    await follow(page, workLinks(page).getByRole("link", { name: /^Dashbord: Hamarregionen/ }), "Dashbord for rådet");
    await shot(page, "council-dashboard");
    await expectNoAxeViolations(page);
    await follow(page, page.getByRole("main").getByRole("link", { name: "Handlingsprogram 2022–2023" }).first(), "Handlingsprogram 2022–2023");

    // Every period's reporting, meetings, agreements and settings.
    await home(page, "Forside", "Stange");
    await follow(page, workLinks(page).getByRole("link", { name: "Rapporteringsoversikt" }), "Rapporteringsoversikt");
    await page.getByRole("main").getByLabel("Rapporteringsperiode").waitFor();
    await home(page, "Forside", "Stange");
    await follow(page, workLinks(page).getByRole("link", { name: "Møter og vedtak" }), "Møter");
    await home(page, "Forside", "Stange");
    await follow(page, workLinks(page).getByRole("link", { name: "Partnerskapsavtaler" }), "Partnerskapsavtaler");
    await home(page, "Forside", "Stange");
    await follow(page, workLinks(page).getByRole("link", { name: "Varslingsinnstillinger" }), "Varslingsinnstillinger");
    await page.context().close();
  });

  it("sees each measure's status and progress on a phone, without sideways scrolling", async () => {
    const page = await signedIn(browser, "stange@demo.samspill.no", { width: 375 });
    await page.getByRole("heading", { level: 1, name: "Stange" }).waitFor();
    await follow(page, mainMenu(page).getByRole("link", { name: "Handlingsprogram", exact: true }), "Handlingsprogram");
    await follow(page, page.getByRole("main").getByRole("link", { name: "Handlingsprogram 2022–2023" }).first(), "Handlingsprogram 2022–2023");
    const table = page.getByRole("table", { name: "Alle tiltak" });
    // The measure itself, after its number, not a later one whose title begins the same ("– etappe 2").
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^\\d+\\.\\d+ ${MEASURE}( Bærekraftsmål.*)?$`) }) });
    const status = row.getByRole("cell").first();
    const progress = row.getByRole("progressbar");
    for (const shown of [status, progress]) {
      const box = await shown.boundingBox();
      expect(box, "status and progress are laid out").not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    }
    // The card shows each value with its label, status first.
    expect(await status.innerText()).toMatch(/^Status\s+\S/);
    await expectFitsWidth(page);
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/navigation-contributor-measures-375.png" });
    await page.setViewportSize({ width: 320, height: 900 });
    await expectFitsWidth(page);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
