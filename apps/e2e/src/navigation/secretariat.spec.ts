import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { follow, home, mainMenu, menuEntries, workLinks } from "../support/links.js";
import { signedIn } from "../support/session.js";

// Hamarregionen's secretariat, from its home page by links only, to everything it works on:
// its programme and measures, the review queue and the overview with a report, meetings,
// agreements, notification settings and a new programme. And Gardermoregionen's measures
// filter offers its six members, Eidsvoll once.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DASHBOARD = "Dashbord for rådet";
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/navigation-secretariat-${name}.png`, fullPage: true });

describe("the secretariat's ways to its work", () => {
  it("reaches programme, measure, reporting, meetings, agreements and settings from its home", async () => {
    const page = await signedIn(browser, "sekretariat@demo.samspill.no");
    await page.getByRole("heading", { level: 1, name: DASHBOARD }).waitFor();
    const menu = [
      "Forside", "Handlingsprogram", "Behandle rapporter", "Rapporteringsoversikt", "Møter", "Avtaler",
    ];
    expect(await menuEntries(page, menu)).toEqual(menu);
    await shot(page, "home");
    await expectNoAxeViolations(page);

    // The programme from home, a measure from the programme.
    await follow(page, workLinks(page).getByRole("link", { name: "Handlingsprogram 2022–2023" }).first(), "Handlingsprogram 2022–2023");
    expect(await mainMenu(page).getByRole("link", { name: "Handlingsprogram", exact: true }).getAttribute("aria-current")).toBe("page");
    await follow(page, page.getByRole("main").getByRole("link", { name: "Regional ladestruktur", exact: true }).first(), "Regional ladestruktur");

    // The menu's programmes: the council's own, drafts included, and the way to a new one.
    await follow(page, mainMenu(page).getByRole("link", { name: "Handlingsprogram", exact: true }), "Handlingsprogram");
    const own = page.getByRole("region", { name: "Dine handlingsprogram" });
    await own.getByRole("link", { name: "Handlingsprogram 2022–2023" }).first().waitFor();
    await shot(page, "programmes");
    await expectNoAxeViolations(page);
    await follow(page, page.getByRole("main").getByRole("link", { name: "Nytt handlingsprogram" }), "Nytt handlingsprogram");

    // The review queue, then the overview and a report in it: whose it is, and its measure.
    await home(page, "Forside", DASHBOARD);
    await follow(page, workLinks(page).getByRole("link", { name: "Behandle rapporter" }), "Rapporter til behandling");
    await home(page, "Forside", DASHBOARD);
    await follow(page, workLinks(page).getByRole("link", { name: "Rapporteringsoversikt" }), "Rapporteringsoversikt");
    const stangeRow = page.getByRole("row").filter({ hasText: "Stange" }).filter({ hasText: "Regional ladestruktur" });
    await follow(page, stangeRow.getByRole("link", { name: /: Regional ladestruktur, Stange$/ }), "Statusrapport: Regional ladestruktur");
    const facts = page.getByRole("main").locator("dl.facts").first();
    expect((await facts.innerText()).replace(/\s+/g, " ")).toContain("Rapporteres av Stange");
    await page.getByRole("region", { name: "Kommentarer" }).waitFor();
    await shot(page, "report");
    await expectNoAxeViolations(page);
    await follow(page, facts.getByRole("link", { name: "Regional ladestruktur" }), "Regional ladestruktur");

    // Meetings and agreements, then the notice settings.
    await home(page, "Forside", DASHBOARD);
    await follow(page, workLinks(page).getByRole("link", { name: "Møter og vedtak" }), "Møter");
    await follow(page, page.getByRole("main").getByRole("link", { name: "Rådsmøte 11. mars 2022" }), "Rådsmøte 11. mars 2022");
    await home(page, "Forside", DASHBOARD);
    await follow(page, workLinks(page).getByRole("link", { name: "Partnerskapsavtaler" }), "Partnerskapsavtaler");
    const agreement = "Partnerskapsavtale mellom Innlandet fylkeskommune og Hamarregionen 2022–2026";
    await follow(page, page.getByRole("main").getByRole("link", { name: agreement }), agreement);
    await home(page, "Forside", DASHBOARD);
    await follow(page, workLinks(page).getByRole("link", { name: "Varslingsinnstillinger" }), "Varslingsinnstillinger");
    await page.context().close();
  });

  it("filters Gardermoregionen's measures by its six members, each once", async () => {
    const page = await signedIn(browser, "gardermoregionen@demo.samspill.no");
    await page.getByRole("heading", { level: 1, name: DASHBOARD }).waitFor();
    const title = "Handlingsprogram for strategisk næringsplan 2021–2023";
    await follow(page, workLinks(page).getByRole("link", { name: title }).first(), title);
    const filter = page.getByRole("search", { name: "Filtrer tiltak" }).getByLabel("Kommune");
    // The options come from the server; the last member's arrival says they are all there.
    await filter.locator("option", { hasText: "Ullensaker" }).waitFor({ state: "attached" });
    const options = (await filter.locator("option").allTextContents()).slice(1);
    expect(options).toEqual(["Eidsvoll", "Gjerdrum", "Hurdal", "Nannestad", "Nes", "Ullensaker"]);
    await page.context().close();
  });
});
