import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { follow, home, menuEntries, workLinks } from "../support/links.js";
import { signedIn, SWEDISH } from "../support/session.js";

// The Swedish users in a Swedish browser, from their home pages by links only: Vimmerby's
// secretariat to its plan, its reporting and its meetings; Region Kalmar län to Vimmerby's
// overview, plan and meetings.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PLAN = "Handlingsplan SLUS";
const swedish = { lang: null, locale: "sv-SE", labels: SWEDISH, signOut: "Logga ut" } as const;
const MENU = "Huvudmeny";
const WORK = "Ditt arbete";

describe("the Swedish users' ways to their work", () => {
  it("takes Vimmerby's secretariat from its overview to its plan, a measure, reporting and meetings", async () => {
    const page = await signedIn(browser, "vimmerby@demo.samspill.no", swedish);
    await page.getByRole("heading", { level: 1, name: "Översikt" }).waitFor();
    const menu = [
      "Startsida", "Handlingsplaner", "Granska rapporter", "Rapporteringsöversikt", "Sammanträden", "Avtal",
    ];
    expect(await menuEntries(page, menu, MENU)).toEqual(menu);
    await page.screenshot({ path: "test-results/navigation-vimmerby-home.png", fullPage: true });
    await expectNoAxeViolations(page);

    await follow(page, workLinks(page, WORK).getByRole("link", { name: PLAN }).first(), PLAN);
    await follow(page, page.getByRole("main").getByRole("link", { name: "Företagslots för nya företagare" }).first(), "Företagslots för nya företagare");
    await home(page, "Startsida", "Översikt", MENU);
    await follow(page, workLinks(page, WORK).getByRole("link", { name: "Granska rapporter" }), "Rapporter att granska");
    await home(page, "Startsida", "Översikt", MENU);
    await follow(page, workLinks(page, WORK).getByRole("link", { name: "Sammanträden och beslut" }), "Sammanträden");

    // No reporting period yet: the overview offers to open one, and then shows who reports in it.
    await home(page, "Startsida", "Översikt", MENU);
    await follow(page, workLinks(page, WORK).getByRole("link", { name: "Rapporteringsöversikt" }), "Rapporteringsöversikt");
    const main = page.getByRole("main");
    await main.getByText("Det finns ingen rapporteringsperiod ännu.").waitFor();
    await main.getByLabel("Namn").fill("2027");
    await main.getByLabel("Första dagen").fill("2027-01-01");
    await main.getByLabel("Sista dagen").fill("2027-12-31");
    await main.getByLabel("Sista dag för rapportering").fill("2028-01-31");
    await page.screenshot({ path: "test-results/navigation-vimmerby-new-period.png", fullPage: true });
    await expectNoAxeViolations(page);
    await main.getByRole("button", { name: "Öppna perioden" }).click();
    await main.getByText("Rapporteringsperiod 2027, sista dag 2028-01-31", { exact: false }).waitFor();
    expect(await main.getByLabel("Rapporteringsperiod").locator("option:checked").textContent()).toBe("2027");
    await page.context().close();
  });

  it("takes Region Kalmar län to Vimmerby's overview, plan and meetings", async () => {
    const page = await signedIn(browser, "kalmar@demo.samspill.no", swedish);
    await page.getByRole("heading", { level: 1, name: "Översikt för regionen" }).waitFor();
    const menu = [
      "Startsida", "Handlingsplaner", "Rapporteringsöversikt", "Sammanträden", "Avtal",
    ];
    expect(await menuEntries(page, menu, MENU)).toEqual(menu);
    await page.screenshot({ path: "test-results/navigation-kalmar-home.png", fullPage: true });

    await follow(page, workLinks(page, WORK).getByRole("link", { name: "Översikt: Vimmerby" }), "Översikt");
    await follow(page, page.getByRole("main").getByRole("link", { name: PLAN }).first(), PLAN);
    await home(page, "Startsida", "Översikt för regionen", MENU);
    await follow(page, workLinks(page, WORK).getByRole("link", { name: "Sammanträden och beslut" }), "Sammanträden");
    await page.getByRole("region", { name: "Vimmerby" }).getByRole("link").first().waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
