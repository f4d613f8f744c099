import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { follow, home, mainMenu, menuEntries, workLinks } from "../support/links.js";
import { signedIn } from "../support/session.js";

// Innlandet's county official, from the county dashboard by links only: an agreement, a
// council's reporting for a period, a council's dashboard and programme, every council's
// meetings and the programmes of the councils in the county.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const HOME = "Dashbord for fylket";
const HAMAR = "Hamarregionen interkommunale politiske råd";
const SOR = "Sør-Østerdal interkommunale politiske råd (SØIPR)";
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/navigation-county-${name}.png`, fullPage: true });

describe("the county official's ways to its work", () => {
  it("reaches agreements, each council's reporting and dashboard, programmes and meetings", async () => {
    const page = await signedIn(browser, "fylke@demo.samspill.no");
    await page.getByRole("heading", { level: 1, name: HOME }).waitFor();
    const menu = [
      "Forside", "Handlingsprogram", "Rapporteringsoversikt", "Møter", "Avtaler",
    ];
    expect(await menuEntries(page, menu)).toEqual(menu);
    await shot(page, "home");

    const agreement = "Partnerskapsavtale mellom Innlandet fylkeskommune og Hamarregionen 2022–2026";
    await follow(page, page.getByRole("region", { name: "Partnerskapsavtaler" }).getByRole("link", { name: agreement }), agreement);

    // A council's reporting for a period, from the county's compliance table.
    await home(page, "Forside", HOME);
    const compliance = page.getByRole("region", { name: "Rapportering per periode og råd" });
    const period2023 = compliance.getByRole("row").filter({ has: page.getByRole("cell", { name: "2023", exact: true }) }).filter({ hasText: HAMAR });
    await follow(page, period2023.getByRole("link", { name: HAMAR }), "Rapporteringsoversikt");
    const main = page.getByRole("main");
    expect(await main.getByLabel("Råd", { exact: true }).locator("option:checked").textContent()).toBe(HAMAR);
    expect(await main.getByLabel("Rapporteringsperiode").locator("option:checked").textContent()).toBe("2023");
    await shot(page, "overview");
    await expectNoAxeViolations(page);

    // From the menu, the overview opens on a council that has a programme, not the first in the county.
    await follow(page, mainMenu(page).getByRole("link", { name: "Rapporteringsoversikt" }), "Rapporteringsoversikt");
    expect(await main.getByLabel("Råd", { exact: true }).locator("option:checked").textContent()).toBe(HAMAR);
    await main.getByLabel("Rapporteringsperiode").waitFor();

    // A council's dashboard from the status table, and its programme from there.
    await home(page, "Forside", HOME);
    await follow(page, page.getByRole("region", { name: "Status for tiltak på tvers av rådene" }).getByRole("link", { name: SOR }), "Dashbord for rådet");
    await page.getByText(`Status for de gjeldende handlingsprogrammene til ${SOR}.`).waitFor();
    await follow(page, page.getByRole("main").getByRole("link", { name: "Handlingsprogram 2024–2025" }).first(), "Handlingsprogram 2024–2025");

    // The councils' programmes, drafts included, and every council's meetings at once.
    await follow(page, mainMenu(page).getByRole("link", { name: "Handlingsprogram", exact: true }), "Handlingsprogram");
    const own = page.getByRole("region", { name: "Dine handlingsprogram" });
    await own.getByRole("heading", { name: HAMAR }).waitFor();
    await own.getByRole("heading", { name: SOR }).waitFor();
    await home(page, "Forside", HOME);
    await follow(page, workLinks(page).getByRole("link", { name: "Møter og vedtak" }), "Møter");
    await follow(page, page.getByRole("region", { name: "Alle råd" }).getByRole("link", { name: "Rådsmøte 11. mars 2022" }), "Rådsmøte 11. mars 2022");
    await home(page, "Forside", HOME);
    await follow(page, workLinks(page).getByRole("link", { name: "Varslingsinnstillinger" }), "Varslingsinnstillinger");
    await page.context().close();
  });
});
