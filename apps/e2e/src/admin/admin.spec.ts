import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.js";
import { expectNoAxeViolations } from "../support/axe.js";
import { signedIn } from "../support/session.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the admin manages organisations and users", () => {
  it("finds a council with its members and is told at the field when a code is wrong", async () => {
    const page = await signedIn(browser, "admin@demo.samspill.no", { returnTo: "/admin/organisations" });
    await page.getByRole("heading", { level: 1, name: "Organisasjoner" }).waitFor();
    await page.getByRole("table").waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/admin-organisations.png", fullPage: true });

    await page.getByLabel("Type").selectOption("regional_council");
    await page.getByRole("search").getByRole("button", { name: "Søk" }).click();
    await page.waitForURL(/kind=regional_council/);
    await page.getByRole("link", { name: "Hamarregionen", exact: false }).first().click();
    await page.getByRole("heading", { level: 1, name: /Hamarregionen/ }).waitFor();
    await page.getByRole("cell", { name: "Stange" }).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/admin-organisation.png", fullPage: true });

    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Organisasjoner" }).waitFor();
    await page.getByRole("button", { name: "Ny organisasjon" }).click();
    await page.getByLabel("Navn", { exact: true }).fill("Testkommune");
    await page.getByLabel("Offisielt nummer").fill("99");
    await page.getByRole("button", { name: "Lagre" }).click();
    const code = page.getByLabel("Offisielt nummer");
    await page.getByText("Et kommunenummer er fire siffer.").first().waitFor();
    expect(await code.getAttribute("aria-invalid")).toBe("true");
    expect(await code.getAttribute("aria-describedby")).toMatch(/-error/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/admin-organisation-error.png", fullPage: true });
    await page.context().close();
  });

  it("creates a user for Stange and ends another user's sessions", async () => {
    // Hamar's contributor is signed in elsewhere.
    const hamar = await signedIn(browser, "hamar@demo.samspill.no");
    await hamar.getByRole("banner").getByText("Ingrid Hansen").waitFor();

    const page = await signedIn(browser, "admin@demo.samspill.no", { returnTo: "/admin/users" });
    await page.getByRole("heading", { level: 1, name: "Brukere" }).waitFor();
    await page.getByRole("table").waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/admin-users.png", fullPage: true });

    await page.getByRole("button", { name: "Ny bruker" }).click();
    const form = page.locator("form", { has: page.getByRole("heading", { name: "Ny bruker" }) });
    await form.getByLabel("Navn").fill("Siri Stangeby");
    await form.getByLabel("E-postadresse").fill("siri.stangeby@demo.samspill.no");
    await form.getByLabel("Finn organisasjon").fill("Stange");
    await form.getByRole("option", { name: "Stange (3413)" }).waitFor({ state: "attached" });
    await form.getByLabel("Organisasjon", { exact: true }).selectOption({ label: "Stange (3413)" });
    await form.getByLabel("Rolle").selectOption("municipality_contributor");
    await expectNoAxeViolations(page);
    await form.getByRole("button", { name: "Lagre" }).click();
    await page.getByText("Brukeren Siri Stangeby er opprettet.", { exact: false }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Administrer Siri Stangeby" }).waitFor();
    await expect(page.getByRole("cell", { name: "Stange", exact: true }).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/admin-user-created.png", fullPage: true });

    await page.getByLabel("Søk", { exact: true }).fill("hamar@");
    await page.getByRole("search").getByRole("button", { name: "Søk" }).click();
    await page.getByRole("button", { name: "Administrer Ingrid Hansen" }).click();
    await page.getByRole("button", { name: "Avslutt brukerens økter" }).click();
    await page.getByText("Avslutte alle økter for Ingrid Hansen nå?").waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/admin-end-sessions-confirm.png", fullPage: true });
    await page.getByRole("button", { name: "Ja, avslutt øktene" }).click();
    await page.getByText("1 økt avsluttet.").waitFor();

    await hamar.reload();
    await hamar.getByRole("banner").getByRole("link", { name: "Logg inn" }).waitFor();
    await expect(hamar.getByRole("banner").getByText("Ingrid Hansen").count()).resolves.toBe(0);
    await hamar.context().close();
    await page.context().close();
  });
});
