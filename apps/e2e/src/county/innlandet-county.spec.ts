import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.js";
import { expectNoAxeViolations } from "../support/axe.js";
import { signedIn } from "../support/session.js";
import { expectFitsWidth } from "../support/widths.js";

// PRODUCT.md's Innlandet walkthrough: the county official sees every partnership agreement in
// the county, which councils have reported, funds committed against spent, and one agreement.

const FYLKE = "fylke@demo.samspill.no";
const HAMAR_AGREEMENT = "Partnerskapsavtale mellom Innlandet fylkeskommune og Hamarregionen 2022–2026";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const section = (page: Page, name: string) => page.getByRole("region", { name });

describe("Innlandet county", () => {
  it("lands on the county dashboard and opens Hamarregionen's agreement", async () => {
    const page = await signedIn(browser, FYLKE);
    await page.getByRole("heading", { level: 1, name: "Dashbord for fylket" }).waitFor();

    // Every agreement of the county, Hamarregionen's among them.
    const agreements = section(page, "Partnerskapsavtaler");
    await agreements.getByRole("link", { name: HAMAR_AGREEMENT }).waitFor();
    expect(await agreements.getByRole("row").count()).toBeGreaterThan(2);

    // Which councils have reported for each period: reported/expected and a coloured verdict in words.
    const compliance = section(page, "Rapportering per periode og råd");
    await compliance.getByRole("rowheader", { name: /Hamarregionen/ }).first().waitFor();
    expect(await compliance.getByText(/Alle har rapportert|mangler/).count()).toBeGreaterThan(0);

    // Funds committed against spent, per year and funding source, as a table beside the chart:
    // in the demo every year is within its commitments.
    const funds = section(page, "Tilsagte og brukte midler");
    await funds.getByRole("columnheader", { name: "Tilsagt" }).waitFor();
    await funds.getByRole("columnheader", { name: "Brukt", exact: true }).waitFor();
    await funds.getByRole("rowheader", { name: "Sum 2024" }).waitFor();
    expect(await funds.getByText("Over tilsagn").count()).toBe(0);
    // Elverum+ serves Elverum's and Sør-Østerdal's agreements: each shows its county funds, the total counts them once.
    const perAgreement = section(page, "Midler per avtale");
    await perAgreement.getByRole("rowheader", { name: /Elverum kommune/ }).waitFor();

    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/county-dashboard.png", fullPage: true });

    await agreements.getByRole("link", { name: HAMAR_AGREEMENT }).click();
    await page.getByRole("heading", { level: 1, name: HAMAR_AGREEMENT }).waitFor();
    await section(page, "Parter").getByRole("rowheader", { name: /Hamarregionen/ }).waitFor();
    const obligations = section(page, "Forpliktelser");
    await obligations.getByRole("heading", { level: 3, name: "Koordinere det regionale utviklingsarbeidet i Hamarregionen" }).waitFor();
    expect(await obligations.locator('a[href^="/measures/"]').count()).toBeGreaterThan(0);
    await section(page, "Finansiering per år").getByRole("rowheader", { name: "Sum for avtalen" }).waitFor();
    const spending = section(page, "Tilsagt og brukt per år og finansieringskilde");
    await spending.getByRole("rowheader", { name: "Sum 2022" }).waitFor();
    expect(await spending.getByText("Over tilsagn").count()).toBe(0);
    await section(page, "Rapporteringskrav").getByText("Oppfylt").first().waitFor();
    await section(page, "Dialogmøter").getByRole("rowheader", { name: "Oppstartsmøte for partnerskapsavtalen" }).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/agreement-hamarregionen.png", fullPage: true });

    // The agreements list from the main navigation, and back to the same agreement.
    await page.getByRole("banner").getByRole("link", { name: "Avtaler", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Partnerskapsavtaler" }).waitFor();
    await page.getByRole("link", { name: HAMAR_AGREEMENT }).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/agreements-list.png", fullPage: true });
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: HAMAR_AGREEMENT }).waitFor();
    await page.context().close();
  });

  it("fits the dashboard into a 320 px wide screen", async () => {
    const page = await signedIn(browser, FYLKE, { width: 320 });
    await page.getByRole("heading", { level: 1, name: "Dashbord for fylket" }).waitFor();
    await page.getByRole("region", { name: "Tilsagte og brukte midler" }).getByRole("table").waitFor();
    await expectFitsWidth(page);
    await page.screenshot({ path: "test-results/county-dashboard-320.png" });
    await page.context().close();
  });
});
