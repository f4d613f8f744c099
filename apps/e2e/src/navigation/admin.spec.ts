import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { follow, home, mainMenu, menuEntries, workLinks } from "../support/links.js";
import { signedIn } from "../support/session.js";

// The admin, from the home page by links only: organisations, users, the outbox, and the
// published programmes — and no council's work, which the admin does not act for.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the admin's ways to administration", () => {
  it("reaches organisations, users, the outbox and the published programmes", async () => {
    const page = await signedIn(browser, "admin@demo.samspill.no");
    await page.getByRole("heading", { level: 1, name: "Administrasjon" }).waitFor();
    const menu = ["Forside", "Handlingsprogram", "Administrasjon"];
    expect(await menuEntries(page, menu)).toEqual(menu);
    await page.screenshot({ path: "test-results/navigation-admin-home.png", fullPage: true });
    await expectNoAxeViolations(page);

    await follow(page, workLinks(page).getByRole("link", { name: "Organisasjoner" }), "Organisasjoner");
    await home(page, "Forside", "Administrasjon");
    await follow(page, workLinks(page).getByRole("link", { name: "Brukere" }), "Brukere");
    await home(page, "Forside", "Administrasjon");
    await follow(page, workLinks(page).getByRole("link", { name: "Utboks" }), "Utboks");
    await follow(page, mainMenu(page).getByRole("link", { name: "Administrasjon" }), "Organisasjoner");
    await home(page, "Forside", "Administrasjon");
    await follow(page, workLinks(page).getByRole("link", { name: "Alle handlingsprogram" }), "Handlingsprogram");
    // Nothing is the admin's own: only what councils have published.
    expect(await page.getByRole("region", { name: "Dine handlingsprogram" }).count()).toBe(0);
    await follow(page, page.getByRole("region", { name: "Publisert av andre" }).getByRole("link", { name: "Handlingsprogram 2022–2023" }), "Handlingsprogram 2022–2023");
    await page.context().close();
  });
});
