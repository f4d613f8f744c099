import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { baseUrl, launchBrowser, NORWEGIAN_BROWSER } from "../support/browser.js";
import { openProgramme, signedIn } from "../support/session.js";

// Official statistics on the measure page: Sør-Østerdal's secretariat imports Elverum's
// population from SSB (the portal asks the fixture server global-setup started in SSB's
// place), sees the figures with their source in the chart's table, and is told plainly when a
// source answers something unreadable; Vimmerby does the same from Kolada, in Swedish.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function elverumMeasure(): Promise<Page> {
  const page = await signedIn(browser, "sor-osterdal@demo.samspill.no");
  await openProgramme(page, "Handlingsprogram 2024–2025", "Sør-Østerdal");
  await page.getByRole("link", { name: "Helse- og beredskapshovedstaden (Elverum+)", exact: true }).first().click();
  await page.getByRole("heading", { level: 1, name: "Helse- og beredskapshovedstaden (Elverum+)" }).waitFor();
  return page;
}

/** Vimmerby's secretariat: the sign-in page in Norwegian, the portal in Swedish once signed in. */
async function signedInAsVimmerby(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: NORWEGIAN_BROWSER });
  const page = await context.newPage();
  await page.goto(new URL("/sign-in", baseUrl()).toString());
  await page.getByLabel("E-postadresse").fill("vimmerby@demo.samspill.no");
  await page.getByLabel("Passord").fill("samspill-demo");
  await page.getByRole("main").getByRole("button", { name: "Logg inn" }).click();
  await page.getByRole("banner").getByRole("button", { name: "Logga ut" }).waitFor();
  return page;
}

const population = (page: Page): Locator => page.getByRole("region", { name: "Folketall 1. januar", exact: true });

async function valuesTable(region: Locator): Promise<Locator> {
  const table = region.getByRole("table", { name: "Verdier for Folketall 1. januar" });
  if (!(await table.isVisible())) await region.getByText("Vis verdiene som tabell").click();
  await table.waitFor();
  return table;
}

describe("importing official statistics", () => {
  it("Sør-Østerdal's secretariat imports Elverum's population from SSB and reads it in the table", async () => {
    const page = await elverumMeasure();
    const region = population(page);
    await region.getByText("Statistisk sentralbyrå (SSB), tabell 07459, statistikkvariabel Personer1").waitFor();
    await region.getByText("Importeres for: Elverum (3420)").waitFor();
    await region.getByText("Ikke importert ennå; verdiene hentes hver morgen.").waitFor();
    await expectNoAxeViolations(page);

    // By keyboard: the button takes focus and Enter presses it.
    const importNow = region.getByRole("button", { name: "Importer nå" });
    await importNow.focus();
    await page.keyboard.press("Enter");
    await region.getByRole("status").filter({ hasText: "Importerte 5 verdier fra SSB." }).waitFor();

    const table = await valuesTable(region);
    const row2024 = table.getByRole("row", { name: /01\.01\.2024/ });
    await expect(row2024.textContent()).resolves.toMatch(/21\s700/);
    await expect(row2024.textContent()).resolves.toMatch(/SSB, importert \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
    await expect(table.getByRole("row").count()).resolves.toBe(6);
    await region.getByText(/Verdier fra SSB, sist importert/).waitFor();
    await region.getByRole("img", { name: "Diagram over Folketall 1. januar" }).locator(".recharts-line").first().waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "/tmp/statistics-elverum-imported.png", fullPage: true });
    await region.screenshot({ path: "/tmp/statistics-elverum-region.png" });

    // At 320 px nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 900 });
    // The charts re-measure themselves after the resize, so wait for the layout to settle.
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 320, undefined, { timeout: 5_000 });
    await region.screenshot({ path: "/tmp/statistics-elverum-320.png" });
    await page.context().close();
  });

  it("says so when the source answers something unreadable, and keeps the values as they were", async () => {
    const page = await elverumMeasure();
    const region = population(page);
    const table = await valuesTable(region);
    const before = await table.textContent();

    await region.getByRole("button", { name: "Endre kilde" }).click();
    const form = page.getByRole("form", { name: "Offisiell statistikk for Folketall 1. januar" });
    await expect(form.getByLabel("Kode for Elverum").inputValue()).resolves.toBe("3420");
    await expectNoAxeViolations(page);
    await region.screenshot({ path: "/tmp/statistics-bind-form.png" });

    // A table number in the wrong form is refused next to the field, before asking the server.
    await form.getByLabel("Tabellnummer").fill("7459");
    await form.getByRole("button", { name: "Lagre kilde" }).click();
    await form.getByText("Formatet er ikke gyldig.").waitFor();

    // Table 99999 is one the fixture server answers with malformed JSON-stat.
    await form.getByLabel("Tabellnummer").fill("99999");
    await form.getByRole("button", { name: "Lagre kilde" }).click();
    await region.getByRole("status").filter({ hasText: "Kilden er lagret." }).waitFor();
    await region.getByRole("button", { name: "Importer nå" }).click();
    const alert = region.getByRole("alert");
    await alert.filter({ hasText: "SSB svarte med data vi ikke kunne lese. Ingenting ble importert" }).waitFor();
    await expect((await valuesTable(region)).textContent()).resolves.toBe(before);
    await expectNoAxeViolations(page);
    await region.screenshot({ path: "/tmp/statistics-source-error.png" });

    // Back to the real table for whoever comes next.
    await region.getByRole("button", { name: "Endre kilde" }).click();
    await form.getByLabel("Tabellnummer").fill("07459");
    await form.getByRole("button", { name: "Lagre kilde" }).click();
    await region.getByRole("status").filter({ hasText: "Kilden er lagret." }).waitFor();
    await page.context().close();
  });

  it("Vimmerby imports its inhabitants from Kolada, in Swedish, with the missing year marked", async () => {
    const page = await signedInAsVimmerby();
    await openProgramme(page, "Handlingsplan SLUS", "Vimmerby");
    await page.getByRole("link", { name: "Samverkansforum för kommun, näringsliv, föreningsliv och medborgare", exact: true }).first().click();
    const region = page.getByRole("region", { name: "Invånare totalt, antal", exact: true });
    await region.getByText("Kolada, nyckeltal N01951").waitFor();
    await region.getByRole("button", { name: "Importera nu" }).click();
    await region.getByRole("status").filter({ hasText: "Importerade 5 värden från Kolada." }).waitFor();
    await region.getByText("Visa värdena som tabell").click();
    const table = region.getByRole("table", { name: "Värden för Invånare totalt, antal" });
    await expect(table.getByRole("row", { name: /2023-12-31/ }).textContent()).resolves.toMatch(/15\s430/);
    await expect(table.getByRole("row", { name: /2024-12-31/ }).textContent()).resolves.toContain("inget värde (Missing)");
    await expectNoAxeViolations(page);
    await region.screenshot({ path: "/tmp/statistics-vimmerby.png" });
    await page.context().close();
  });
});
