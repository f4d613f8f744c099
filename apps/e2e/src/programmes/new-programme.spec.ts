import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { signedIn } from "../support/session.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the secretariat opens a new action programme", () => {
  it("creates a strategy and a draft, then adds, renames and removes a focus area", async () => {
    const page = await signedIn(browser, "sekretariat@demo.samspill.no");
    const main = page.getByRole("main");
    await main.getByRole("link", { name: "Nytt handlingsprogram" }).click();
    await page.getByRole("heading", { level: 1, name: "Nytt handlingsprogram" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/programmes/new");

    // The required fields are checked, summarised and marked before anything is sent.
    await main.getByRole("button", { name: "Opprett utkastet" }).click();
    await main.getByText("Rett opp dette:").waitFor();
    expect(await page.locator("#new-programme-title").getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page);

    await main.getByRole("button", { name: "Ny strategi" }).click();
    await page.locator("#new-strategy-title").fill("Regional strategi 2026–2035");
    await page.locator("#new-strategy-vision").fill("Hamarregionen – en attraktiv region å bo og arbeide i.");
    await page.locator("#new-strategy-overarchingGoal").fill("Vekst i befolkning og arbeidsplasser.");
    await expectNoAxeViolations(page);
    await main.getByRole("button", { name: "Opprett strategien" }).click();
    await main.getByText("Strategien «Regional strategi 2026–2035» er opprettet og valgt under Strategi nedenfor.").waitFor();

    await page.locator("#new-programme-title").fill("Handlingsprogram 2026–2027");
    await page.locator("#new-programme-periodStart").fill("2026-01-01");
    await page.locator("#new-programme-periodEnd").fill("2027-12-31");
    // The strategy just written is chosen for the programme without being looked for.
    await page.locator("#new-programme-strategyId option", { hasText: "Regional strategi 2026–2035" }).waitFor({ state: "attached" });
    const chosen = await page.locator("#new-programme-strategyId").evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent);
    expect(chosen).toBe("Regional strategi 2026–2035");
    await page.locator("#new-programme-introduction").fill("Utkast til neste periode.");
    await page.screenshot({ path: "test-results/new-programme.png", fullPage: true });
    await main.getByRole("button", { name: "Opprett utkastet" }).click();
    await page.getByRole("heading", { level: 1, name: "Handlingsprogram 2026–2027" }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/programmes\/(?!new$)[^/]+$/);
    await main.getByText("Utkastet har ingen satsingsområder eller mål ennå.").waitFor();

    await main.getByRole("button", { name: "Legg til satsingsområde eller undertema" }).click();
    await page.locator("#new-focus-area-title").fill("Bolyst");
    await main.getByRole("button", { name: "Legg til", exact: true }).click();
    await main.getByText("«Bolyst» er lagt til.").waitFor();

    await main.getByRole("button", { name: "Rediger «Bolyst»" }).click();
    const form = main.getByRole("form", { name: "Rediger «Bolyst»" });
    await form.getByLabel("Tittel").fill("Bolyst og tilflytting");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/new-programme-edit.png", fullPage: true });
    await form.getByRole("button", { name: "Lagre" }).click();
    await main.getByText("«Bolyst og tilflytting» er lagret.").waitFor();
    await page.getByRole("heading", { level: 2, name: "Bolyst og tilflytting" }).waitFor();

    await main.getByRole("button", { name: "Fjern «Bolyst og tilflytting»" }).click();
    await main.getByText("Fjerne «Bolyst og tilflytting» fra utkastet?").waitFor();
    await expectNoAxeViolations(page);
    await main.getByRole("button", { name: "Ja, fjern" }).click();
    await main.getByText("«Bolyst og tilflytting» er fjernet.").waitFor();
    await main.getByText("Utkastet har ingen satsingsområder eller mål ennå.").waitFor();
    await page.screenshot({ path: "test-results/new-programme-removed.png", fullPage: true });
    await page.close();
  });
});
