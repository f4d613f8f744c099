import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { signInFromHeader, visitHome } from "../support/person.js";

// PRODUCT.md walkthrough "Innlandet county": the county official, from the home page, sees every
// partnership agreement in the county, which councils have reported for the period, funds
// committed against spent — and exports it: the workbook's committed and spent, per agreement
// and in all, are the figures the dashboard shows.

const AGREEMENTS = [
  "Partnerskapsavtale mellom Innlandet fylkeskommune og Elverum kommune 2024–2027",
  "Partnerskapsavtale mellom Innlandet fylkeskommune og Sør-Østerdal 2024–2027",
  "Partnerskapsavtale mellom Innlandet fylkeskommune og Hamarregionen 2022–2026",
];
const HAMARREGIONEN = "Hamarregionen interkommunale politiske råd";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const kroner = (text: string) => Number(text.replace(/\D/g, ""));

/** A row's money cells as numbers: committed, spent, remaining. */
async function money(row: Locator): Promise<number[]> {
  return (await row.getByRole("cell").allInnerTexts()).filter((text) => /kr/.test(text)).map(kroner);
}

async function workbookRows(page: Page, button: Locator): Promise<unknown[][]> {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ExcelJS.Buffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("walkthrough: Innlandet county", () => {
  it("sees every agreement, who has reported and funds committed against spent, and exports the same figures", async () => {
    const { page, shot } = await visitHome(browser, "innlandet-county");
    await signInFromHeader(page, "fylke@demo.samspill.no");
    await page.getByRole("heading", { level: 1, name: "Dashbord for fylket" }).waitFor();
    const region = (name: string) => page.getByRole("region", { name, exact: true });

    // Every partnership agreement in the county.
    const agreements = region("Partnerskapsavtaler");
    await agreements.getByRole("link", { name: AGREEMENTS[2] }).waitFor();
    expect(new Set(await agreements.getByRole("rowheader").allInnerTexts())).toEqual(new Set(AGREEMENTS));

    // Which councils have reported for the period: Hamarregionen's current period, counted.
    const reporting = region("Rapportering per periode og råd");
    const current = reporting.getByRole("row").filter({ hasText: HAMARREGIONEN }).filter({ hasText: "T3 2026" });
    await current.waitFor();
    // Period, deadline, then expected, reported, approved, late, overdue.
    const [expected, reported] = (await current.getByRole("cell").allInnerTexts()).slice(2, 4).map(Number);
    expect(expected).toBeGreaterThan(reported!);
    expect(reported).toBeGreaterThan(0);
    await current.getByText(/mangler/).waitFor();
    await reporting.getByRole("row").filter({ hasText: "Sør-Østerdal" }).filter({ hasText: "2024" }).getByText("Alle har rapportert").waitFor();

    // Funds committed against spent: per agreement and in all.
    const perAgreement = region("Midler per avtale");
    const onScreen = new Map<string, number[]>();
    await perAgreement.getByRole("rowheader", { name: AGREEMENTS[2] }).waitFor();
    for (const title of AGREEMENTS) {
      onScreen.set(title, await money(perAgreement.getByRole("row").filter({ has: page.getByRole("rowheader", { name: title }) })));
    }
    const funds = region("Tilsagte og brukte midler");
    const sumRow = funds.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Sum", exact: true }) });
    await sumRow.waitFor();
    const total = await money(sumRow);
    expect(total[1]).toBeGreaterThan(0);
    await shot("dashboard");
    await expectNoAxeViolations(page);

    // The export, from the agreements page the home page links to.
    await page.getByRole("main").getByRole("navigation", { name: "Ditt arbeid" }).getByRole("link", { name: "Partnerskapsavtaler" }).click();
    await page.getByRole("heading", { level: 1, name: "Partnerskapsavtaler" }).waitFor();
    await shot("agreements");
    await expectNoAxeViolations(page);
    const downloads = page.getByRole("region", { name: "Avtalene som regneark" });
    const [header, ...rows] = await workbookRows(page, downloads.getByRole("button", { name: "Last ned som Excel" }));
    const column = (name: string) => header!.indexOf(name);
    const committed = column("Tilsagt (NOK)");
    const spent = column("Brukt (NOK)");
    const remaining = column("Gjenstår (NOK)");
    for (const title of AGREEMENTS) {
      const lines = rows.filter((row) => row[0] === title);
      const sum = (index: number) => lines.reduce((all, row) => all + Number(row[index]), 0);
      expect([sum(committed), sum(spent), sum(remaining)], title).toEqual(onScreen.get(title));
    }
    const fileTotal = rows.at(-1)!;
    expect(String(fileTotal[0])).toMatch(/^Sum for alle avtalene/);
    expect([fileTotal[committed], fileTotal[spent], fileTotal[remaining]]).toEqual(total);

    // One agreement from the list: its parties, obligations and money by year.
    await page.getByRole("main").getByRole("link", { name: AGREEMENTS[2] }).first().click();
    await page.getByRole("heading", { level: 1, name: AGREEMENTS[2] }).waitFor();
    await region("Tilsagt og brukt per år og finansieringskilde").getByRole("rowheader", { name: "Sum 2022" }).waitFor();
    await shot("agreement-hamarregionen");
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
