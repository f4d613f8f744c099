import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { signInFromHeader, signOut, visitHome } from "../support/person.js";

// PRODUCT.md walkthrough "Elverum (seeds 000, 001)": Elverum's contributor, from the home page,
// opens the five-year measure Helse- og beredskapshovedstaden — NOK 5 million over five years,
// run by Elverum Vekst AS — with its output indicators (company calls, company meetings) and the
// outcome indicator for private jobs, each as a chart with its figures as a table. Then anyone,
// signed out, finds the same measure and charts on the public page.

const PROGRAMME = "Handlingsprogram 2024–2025";
const MEASURE = "Helse- og beredskapshovedstaden (Elverum+)";
const CALLS = "Rørløft (telefonsamtaler med bedrifter)";
const MEETINGS = "Møter med bedrifter innen helse og beredskap";
const JOBS = "Private arbeidsplasser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * An indicator's chart: an SVG with its line drawn, named for screen readers, and the same
 * figures in a table behind "show the values as a table". Returns the table's text.
 */
async function chartWithTable(page: Page, name: string): Promise<string> {
  const region = page.getByRole("region", { name, exact: true });
  const chart = region.getByRole("img", { name: `Diagram over ${name}` });
  await chart.waitFor();
  // The drawing surface (the legend has small SVG icons of its own).
  const surface = chart.getByRole("application");
  expect(await surface.evaluate((element) => element.tagName.toLowerCase())).toBe("svg");
  expect(await surface.locator("path").count()).toBeGreaterThan(0);
  const box = await surface.boundingBox();
  expect(box?.width).toBeGreaterThan(100);
  expect(box?.height).toBeGreaterThan(50);
  await region.getByText("Vis verdiene som tabell").click();
  const table = region.getByRole("table", { name: `Verdier for ${name}` });
  await table.waitFor();
  return table.innerText();
}

const factOf = (page: Page, term: string): Locator =>
  page.getByRole("main").locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");

describe("walkthrough: Elverum", () => {
  it("reads the five-year measure with its output and outcome indicators as charts, signed in and on the public page", async () => {
    const { page, shot } = await visitHome(browser, "elverum");
    const main = page.getByRole("main");
    await signInFromHeader(page, "elverum@demo.samspill.no");
    await page.getByRole("heading", { level: 1, name: "Elverum" }).waitFor();
    await main.getByRole("table", { name: "Dine tiltak og deler for 2025" }).getByRole("link", { name: MEASURE, exact: true }).waitFor();
    await shot("home");

    await main.getByRole("navigation", { name: "Ditt arbeid" }).getByRole("link", { name: PROGRAMME, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: PROGRAMME }).waitFor();
    await main.getByRole("link", { name: MEASURE, exact: true }).first().click();
    await page.getByRole("heading", { level: 1, name: MEASURE }).waitFor();

    // Five years, NOK 5 million, Elverum Vekst AS.
    await expect(factOf(page, "Ansvarlig").innerText()).resolves.toBe("Elverum Vekst AS");
    await expect(factOf(page, "Tidsramme").innerText()).resolves.toBe("01.01.2024–31.12.2028");
    // The budget grid's totals: a million each year, five in all.
    const budget = page.getByRole("region", { name: "Budsjett" }).getByRole("table", { name: /^Budsjett per finansieringskilde og år/ });
    const years = (await budget.locator("thead th").allTextContents()).slice(1, -1);
    expect(years).toEqual(["2024", "2025", "2026", "2027", "2028"]);
    const totals = (await budget.locator("tfoot tr").last().locator("td").allTextContents()).map((text) => text.replace(/\s+/g, " "));
    expect(totals).toEqual([...years.map(() => "1 000 000 kr"), "5 000 000 kr"]);

    // Output indicators on the measure, with seed 001's targets; the outcome indicator on its goal.
    const indicators = page.getByRole("region", { name: "Indikatorer" });
    await indicators.getByRole("region", { name: CALLS }).getByText("samtaler · Utgangspunkt 0 · Mål 145").waitFor();
    await indicators.getByRole("region", { name: MEETINGS }).getByText("møter · Utgangspunkt 0 · Mål 30").waitFor();
    await indicators.getByRole("region", { name: JOBS }).getByText("Mål: Flere private arbeidsplasser i Sør-Østerdal").waitFor();
    const calls = await chartWithTable(page, CALLS);
    expect(calls).toMatch(/09\.09\.2025\s+145/);
    const meetings = await chartWithTable(page, MEETINGS);
    expect(meetings).toMatch(/09\.09\.2025\s+30/);
    const jobs = await chartWithTable(page, JOBS);
    for (const municipality of ["Elverum", "Trysil", "Åmot"]) expect(jobs).toContain(municipality);
    await shot("measure-charts");
    await expectNoAxeViolations(page);

    // Signed out, from the home page: Sør-Østerdal's published programme has the same measure and charts.
    await signOut(page);
    await page.getByRole("banner").getByRole("link", { name: "Samspill", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Publiserte handlingsprogram" }).waitFor();
    await main.getByRole("region", { name: /^Sør-Østerdal/ }).getByRole("link", { name: PROGRAMME }).click();
    await page.getByRole("heading", { level: 1, name: PROGRAMME }).waitFor();
    await main.getByRole("link", { name: MEASURE, exact: true }).first().click();
    await page.getByRole("heading", { level: 1, name: MEASURE }).waitFor();
    expect(await chartWithTable(page, CALLS)).toEqual(calls);
    expect(await chartWithTable(page, JOBS)).toEqual(jobs);
    await expect(page.getByRole("button", { name: "Rediger tiltaket" }).count()).resolves.toBe(0);
    await shot("public-measure");
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
