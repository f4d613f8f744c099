import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser, openPage } from "../support/browser.js";
import { follow, mainMenu } from "../support/links.js";
import { submitSignIn } from "../support/session.js";

// The whole action programme by import: the Hamarregionen secretariat signs in from the home
// page, opens a new draft, downloads the programme template, fills it in (as a secretariat
// pastes its Word/Excel programme: four focus areas with sub-themes and goals, measures with
// municipalities' parts and budgets), checks it, imports it and finds the structure on the
// programme's page. Every click, fill and file choice counts as one UI action.

const TITLE = `Handlingsprogram 2026–2027 (${Date.now().toString(36)})`;
const AREAS = [
  { heading: "Attraktivitet", title: "Bolyst og tilflytting", theme: "Boliger for alle", goal: "Flere innbyggere" },
  { heading: "Utvikling", title: "Næringsutvikling", theme: "Grønn industri", goal: "Flere arbeidsplasser" },
  { heading: "Mobilitet", title: "Samferdsel", theme: "Kollektivtrafikk", goal: "Kortere reisetid" },
  { heading: "Kompetanse", title: "Kompetanse og utdanning", theme: "Fagskole", goal: "Høyere utdanningsnivå" },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** One UI action (a click, a fill, a file chosen), counted for the report. */
let actions = 0;
async function act<T>(work: Promise<T>): Promise<T> {
  actions += 1;
  return work;
}

/** The template as the secretariat fills it in: its headings found by name, rows written under them. */
async function fillTemplate(template: Buffer): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ExcelJS.Buffer);
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Veiledning", "Satsingsområder og mål", "Tiltak", "Lister"]);
  const write = (sheet: ExcelJS.Worksheet, rows: Array<Record<string, ExcelJS.CellValue>>) => {
    const headings = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? ""));
    rows.forEach((row, index) => {
      for (const [heading, value] of Object.entries(row)) {
        const column = headings.indexOf(heading);
        expect(column, heading).toBeGreaterThan(0);
        sheet.getCell(index + 2, column).value = value;
      }
    });
  };
  write(book.getWorksheet("Satsingsområder og mål")!, AREAS.flatMap((area) => [
    { Radtype: "Satsingsområde", Overskrift: area.heading, Tittel: area.title, Beskrivelse: `Om ${area.title.toLowerCase()}.` },
    { Radtype: "Mål", Tittel: area.goal },
    { Radtype: "Undertema", Tittel: area.theme },
  ]));
  write(book.getWorksheet("Tiltak")!, [
    { Radtype: "Tiltak", Satsingsområde: "Boliger for alle", Mål: "Flere innbyggere", Tittel: "Felles boligstrategi", "Felles eller lokalt": "Felles",
      Status: "Ikke startet", Finansieringskilde: "Regionrådets midler", "Budsjett 2026 (NOK)": 200000, "Budsjett 2027 (NOK)": 100000 },
    { Radtype: "Kommunens del", Kommune: "Hamar", Kontaktperson: "Ingrid Hansen", "Budsjettandel (NOK)": 50000, "Budsjett 2026 (NOK)": 50000 },
    { Radtype: "Kommunens del", Kommune: "Stange", Kontaktperson: "Ola Nordmann" },
    { Radtype: "Tiltak", Satsingsområde: "Næringsutvikling", Mål: "Flere arbeidsplasser", Tittel: "Næringsvennlig region", "Felles eller lokalt": "Felles",
      Startdato: new Date(Date.UTC(2026, 0, 1)), Sluttdato: new Date(Date.UTC(2027, 11, 31)), "Budsjett 2026 (NOK)": 300000 },
    { Radtype: "Tiltak", Satsingsområde: "Kollektivtrafikk", Mål: "Kortere reisetid", Tittel: "Bedre bussruter i Hamar", "Felles eller lokalt": "Lokalt", Kommune: "Hamar" },
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The rows of a workbook's structure and measures sheets, as values. */
async function contentOf(file: Buffer): Promise<unknown[][][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ExcelJS.Buffer);
  return ["Satsingsområder og mål", "Tiltak"].map((name) => {
    const rows: unknown[][] = [];
    book.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  });
}

async function signInFromHome(browser: Browser): Promise<Page> {
  const page = await openPage(browser, "/");
  await page.getByRole("banner").getByRole("link", { name: "Logg inn" }).click();
  await submitSignIn(page, "sekretariat@demo.samspill.no");
  await page.getByRole("banner").getByRole("button", { name: "Logg ut" }).waitFor();
  return page;
}

async function download(page: Page, button: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), act(button.click())]);
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  return readFile(await file.path());
}

describe("the whole programme from Excel", () => {
  it("the secretariat fills a new draft from the programme template", async () => {
    const page = await openPage(browser, "/");
    const main = page.getByRole("main");
    await act(page.getByRole("banner").getByRole("link", { name: "Logg inn" }).click());
    await submitSignIn(page, "sekretariat@demo.samspill.no");
    actions += 3; // e-mail, password, the sign-in button
    await page.getByRole("banner").getByRole("button", { name: "Logg ut" }).waitFor();

    await act(main.getByRole("link", { name: "Nytt handlingsprogram" }).click());
    await page.getByRole("heading", { level: 1, name: "Nytt handlingsprogram" }).waitFor();
    await act(page.locator("#new-programme-title").fill(TITLE));
    await act(page.locator("#new-programme-periodStart").fill("2026-01-01"));
    await act(page.locator("#new-programme-periodEnd").fill("2027-12-31"));
    await act(main.getByRole("button", { name: "Opprett utkastet" }).click());
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    const setUp = actions;

    await act(main.getByRole("link", { name: "Importer hele programmet fra Excel" }).click());
    await page.getByRole("heading", { level: 1, name: "Importer hele programmet" }).waitFor();
    await expectNoAxeViolations(page);
    const filled = await fillTemplate(await download(page, main.getByRole("button", { name: "Last ned programmalen" })));

    await act(page.getByLabel("Excel-fil (.xlsx)").setInputFiles({
      name: "handlingsprogram.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: filled,
    }));
    await act(main.getByRole("button", { name: "Kontroller filen" }).click());
    await page.getByRole("heading", { name: "Hva filen inneholder" }).waitFor();
    const counts = main.getByRole("table", { name: "Dette vil importen opprette" });
    expect(await counts.getByRole("row").allInnerTexts()).toEqual([
      "Nivå\tAntall", "Satsingsområder\t4", "Undertemaer\t4", "Mål\t4", "Tiltak\t3", "Kommunenes deler\t2", "Budsjettlinjer\t4",
    ]);
    await main.getByText("Bedre bussruter i Hamar (lokalt)").waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/structure-import-preview.png", fullPage: true });

    await act(main.getByRole("button", { name: "Importer programmet" }).click());
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await main.getByText("Programmet ble importert: 4 satsingsområder, 4 mål og 3 tiltak.").waitFor();
    for (const area of AREAS) await page.getByRole("heading", { level: 2, name: new RegExp(area.title) }).waitFor();
    await page.getByRole("heading", { name: /Boliger for alle/ }).first().waitFor();
    await main.getByRole("link", { name: "Felles boligstrategi" }).first().waitFor();
    expect(await main.getByRole("link", { name: "Importer hele programmet fra Excel" }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/structure-import-done.png", fullPage: true });

    // The whole programme by import: 5 UI actions from the empty draft's page (link, template,
    // file, check, import), 14 from the home page with signing in and creating the draft.
    expect([actions - setUp, actions]).toEqual([5, 14]);
    await page.context().close();
  });

  it("the demo's Handlingsprogram 2022–2023 carried through its workbook into a new draft downloads as the same workbook", async () => {
    const page = await signInFromHome(browser);
    const main = page.getByRole("main");
    await follow(page, mainMenu(page).getByRole("link", { name: "Handlingsprogram", exact: true }), "Handlingsprogram");
    const own = page.getByRole("region", { name: "Dine handlingsprogram" });
    await follow(page, own.getByRole("link", { name: "Handlingsprogram 2022–2023" }).first(), "Handlingsprogram 2022–2023");
    const original = await download(page, main.getByRole("button", { name: "Last ned hele programmet som Excel" }));

    await follow(page, mainMenu(page).getByRole("link", { name: "Handlingsprogram", exact: true }), "Handlingsprogram");
    await follow(page, main.getByRole("link", { name: "Nytt handlingsprogram" }), "Nytt handlingsprogram");
    const title = `Kopi av handlingsprogrammet (${Date.now().toString(36)})`;
    await page.locator("#new-programme-title").fill(title);
    await page.locator("#new-programme-periodStart").fill("2022-01-01");
    await page.locator("#new-programme-periodEnd").fill("2023-12-31");
    await main.getByRole("button", { name: "Opprett utkastet" }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await follow(page, main.getByRole("link", { name: "Importer hele programmet fra Excel" }), "Importer hele programmet");
    await page.getByLabel("Excel-fil (.xlsx)").setInputFiles({
      name: "handlingsprogram.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: original,
    });
    await main.getByRole("button", { name: "Kontroller filen" }).click();
    await page.getByRole("heading", { name: "Hva filen inneholder" }).waitFor();
    const problems = main.getByRole("table", { name: "Problemer i filen" });
    expect(await problems.count() === 0 ? [] : await problems.getByRole("row").allInnerTexts()).toEqual([]);
    await main.getByRole("button", { name: "Importer programmet" }).click();
    await main.getByText(/^Programmet ble importert: 4 satsingsområder/).waitFor();

    const copy = await download(page, main.getByRole("button", { name: "Last ned hele programmet som Excel" }));
    expect(await contentOf(copy)).toEqual(await contentOf(original));
    await page.context().close();
  });
});
