import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.js";
import { expectNoAxeViolations } from "../support/axe.js";
import { signedIn } from "../support/session.js";

// Hamarregionen's secretariat: the council dashboard, then the meeting where the council
// adopted Handlingsprogram 2022–2023, with the decision linking to the programme.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const section = (page: Page, name: string) => page.getByRole("region", { name });

describe("Hamarregionen's meetings", () => {
  it("shows the secretariat the council dashboard and the adoption decision", async () => {
    const page = await signedIn(browser, "sekretariat@demo.samspill.no");
    await page.getByRole("heading", { level: 1, name: "Dashbord for rådet" }).waitFor();
    const byFocusArea = section(page, "Tiltak etter status per satsingsområde");
    await byFocusArea.getByRole("rowheader", { name: "Befolkningsvekst" }).first().waitFor();
    await section(page, "Kommunenes deler etter status").getByRole("rowheader", { name: /Stange/ }).waitFor();
    await section(page, "Forsinkede rapporter").waitFor();
    await section(page, "Budsjett etter finansieringskilde og år").getByRole("table").waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/council-dashboard.png", fullPage: true });

    await page.getByRole("banner").getByRole("link", { name: "Møter", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Møter" }).waitFor();
    await page.getByRole("link", { name: "Rådsmøte 11. mars 2022" }).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/meetings-list.png", fullPage: true });

    await page.getByRole("link", { name: "Rådsmøte 11. mars 2022" }).click();
    await page.getByRole("heading", { level: 1, name: "Rådsmøte 11. mars 2022" }).waitFor();
    const item = page.getByRole("region", { name: "Handlingsprogram 2022–2023 for Hamarregionen IPR" });
    await item.getByText("Sak 12/22", { exact: true }).waitFor();
    const adopted = item.getByRole("link", { name: /Handlingsprogram 2022–2023/ });
    await adopted.waitFor();
    expect(await adopted.getAttribute("href")).toMatch(/^\/programmes\//);
    // Case 13/22 concerns the shared measure it started; the decision links to it.
    const charging = page.getByRole("region", { name: "Regional ladestruktur – felles tiltak" });
    await charging.getByText("Gjelder:").waitFor();
    expect(await charging.getByRole("link", { name: "Regional ladestruktur", exact: true }).getAttribute("href")).toMatch(/^\/measures\//);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/meeting-2022-03-11.png", fullPage: true });

    await adopted.click();
    await page.getByRole("heading", { level: 1, name: "Handlingsprogram 2022–2023" }).waitFor();
    // Backwards: the programme lists the decisions about it, its adoption and the later status case.
    const decisions = page.getByRole("main").getByRole("region", { name: "Vedtak" });
    await decisions.getByText("Sak 12/22").waitFor();
    await decisions.getByText("Sak 31/23").waitFor();
    await page.context().close();
  });

  it("gives a council member the read view with the latest decisions", async () => {
    const page = await signedIn(browser, "radsmedlem@demo.samspill.no");
    await page.getByRole("heading", { level: 1, name: /Hamarregionen/ }).waitFor();
    await page.getByRole("navigation", { name: "Ditt arbeid" }).getByRole("link", { name: /Handlingsprogram 2022–2023/ }).first().waitFor();
    // Other specs record meetings in the same database, so which three are latest varies;
    // the read view shows at most three, newest first.
    const latest = section(page, "Siste møter og vedtak").locator('a[href^="/meetings/"]');
    await latest.first().waitFor();
    expect(await latest.count()).toBeGreaterThanOrEqual(1);
    expect(await latest.count()).toBeLessThanOrEqual(3);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/council-member-home.png", fullPage: true });
    await page.context().close();
  });
});
