import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { follow, home, menuEntries, workLinks } from "../support/links.js";
import { signedIn } from "../support/session.js";

// A member of Hamarregionen's council, from the home page by links only: the programme, the
// council's dashboard, its reporting, its meetings and decisions, and its agreement (to read).

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const HOME = "Hamarregionen interkommunale politiske råd";
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/navigation-member-${name}.png`, fullPage: true });

describe("the council member's ways to the council's work", () => {
  it("reaches the programme, dashboard, reporting, meetings and the council's agreement", async () => {
    const page = await signedIn(browser, "radsmedlem@demo.samspill.no");
    await page.getByRole("heading", { level: 1, name: HOME }).waitFor();
    const menu = [
      "Forside", "Handlingsprogram", "Rapporteringsoversikt", "Møter", "Avtaler",
    ];
    expect(await menuEntries(page, menu)).toEqual(menu);
    await shot(page, "home");
    await expectNoAxeViolations(page);

    await follow(page, workLinks(page).getByRole("link", { name: "Handlingsprogram 2022–2023" }).first(), "Handlingsprogram 2022–2023");
    await home(page, "Forside", HOME);
    await follow(page, workLinks(page).getByRole("link", { name: `Dashbord: ${HOME}` }), "Dashbord for rådet");
    await home(page, "Forside", HOME);
    await follow(page, workLinks(page).getByRole("link", { name: "Rapporteringsoversikt" }), "Rapporteringsoversikt");
    await home(page, "Forside", HOME);
    const latest = page.getByRole("region", { name: "Siste møter og vedtak" });
    await follow(page, latest.getByRole("link", { name: "Alle møter" }), "Møter");
    await home(page, "Forside", HOME);
    await follow(page, workLinks(page).getByRole("link", { name: "Partnerskapsavtaler" }), "Partnerskapsavtaler");
    const agreement = "Partnerskapsavtale mellom Innlandet fylkeskommune og Hamarregionen 2022–2026";
    await follow(page, page.getByRole("main").getByRole("link", { name: agreement }), agreement);
    await shot(page, "agreement");
    await page.context().close();
  });
});
