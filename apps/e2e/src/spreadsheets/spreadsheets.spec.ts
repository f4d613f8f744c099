import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { openProgramme, signedIn } from "../support/session.js";

// Spreadsheets: the secretariat downloads its filtered measures, the county official the
// agreements overview, and the secretariat imports measures into a new draft of its own —
// first a file with a problem, then a valid one.

const SEKRETARIAT = "sekretariat@demo.samspill.no";
const FYLKE = "fylke@demo.samspill.no";
const HAMAR_AGREEMENT = "Partnerskapsavtale mellom Innlandet fylkeskommune og Hamarregionen 2022–2026";
const RUN = Date.now().toString(36);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks a download button and reads the file it gives as a worksheet's rows. */
async function downloadRows(page: Page, button: Locator): Promise<unknown[][]> {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ExcelJS.Buffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** An import file in the layout, with Norwegian headings, as a person would fill it in. */
async function importFile(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Tiltak");
  sheet.addRow(["Radtype", "Tittel", "Felles eller lokalt", "Kommune", "Status", "Startdato", "Sluttdato", "Budsjett 2025 (NOK)"]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A new draft programme of the signed-in secretariat's council, made through the portal's API. */
async function newDraftProgramme(page: Page, title: string): Promise<string> {
  const id = await page.evaluate(async (programmeTitle) => {
    const me = await (await fetch("/api/trpc/auth.me")).json();
    const response = await fetch("/api/trpc/programmes.create", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ownerId: me.result.data.organisation.id, title: programmeTitle, periodStart: "2025-01-01", periodEnd: "2026-12-31" }),
    });
    return (await response.json()).result?.data?.id as string | undefined;
  }, title);
  expect(id).toBeTruthy();
  return id!;
}

describe("spreadsheets", () => {
  it("the secretariat downloads the measures with the filter set on screen", async () => {
    const page = await signedIn(browser, SEKRETARIAT);
    await openProgramme(page, "Handlingsprogram 2022–2023", "Hamarregionen");
    await page.goto(`${page.url()}?status=in_progress`);
    const downloads = page.getByRole("region", { name: "Tiltakene som regneark" });
    await downloads.getByRole("button", { name: "Last ned som Excel" }).waitFor();
    const [header, ...rows] = await downloadRows(page, downloads.getByRole("button", { name: "Last ned som Excel" }));
    expect(header!.slice(0, 5)).toEqual(["Nr.", "Radtype", "Satsingsområde", "Mål", "Tittel"]);
    const kind = header!.indexOf("Radtype");
    const status = header!.indexOf("Status");
    const measures = rows.filter((row) => row[kind] === "Tiltak");
    expect(measures.length).toBeGreaterThan(1);
    expect(measures.every((row) => row[status] === "Pågår")).toBe(true);
    expect(rows.some((row) => row[kind] === "Kommunens del" && row[header!.indexOf("Tittel")] === "Regional ladestruktur")).toBe(true);
    expect(rows.find((row) => row[header!.indexOf("Tittel")] === "Regional ladestruktur")?.[header!.indexOf("Startdato")]).toEqual(new Date(Date.UTC(2022, 0, 1)));
    await expectNoAxeViolations(page);
    await downloads.screenshot({ path: "test-results/spreadsheets-measures.png" });
    await page.context().close();
  });

  it("the secretariat downloads the period's status reports as CSV for Excel", async () => {
    const page = await signedIn(browser, SEKRETARIAT);
    await page.goto(new URL("/reports/overview", page.url()).toString());
    const downloads = page.getByRole("region", { name: "Statusrapportene som regneark" });
    const [download] = await Promise.all([page.waitForEvent("download"), downloads.getByRole("button", { name: "Last ned som CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const text = await readFile(await download.path(), "utf8");
    // The byte order mark and semicolons are what Excel in Norway and Sweden needs to open it right.
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = text.slice(1).split("\r\n").filter(Boolean);
    expect(header!.split(";").length).toBeGreaterThan(5);
    expect(rows.length).toBeGreaterThan(0);
    await page.context().close();
  });

  it("the county official downloads the agreements overview, its total the dashboard's", async () => {
    const page = await signedIn(browser, FYLKE);
    // The county's committed, spent and remaining in all, as the dashboard shows them.
    const funds = page.getByRole("region", { name: "Tilsagte og brukte midler" });
    const sumRow = funds.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Sum", exact: true }) });
    const kroner = (text: string) => Number(text.replace(/\D/g, ""));
    // The dashboard loads its figures after the page: read the row once it is there.
    await sumRow.waitFor();
    const onDashboard = (await sumRow.getByRole("cell").allInnerTexts()).slice(0, 3).map(kroner);
    expect(onDashboard[1]).toBeGreaterThan(0);
    await page.goto(new URL("/agreements", page.url()).toString());
    const downloads = page.getByRole("region", { name: "Avtalene som regneark" });
    const [header, ...rows] = await downloadRows(page, downloads.getByRole("button", { name: "Last ned som Excel" }));
    expect(header!.slice(0, 4)).toEqual(["Avtale", "Saksnummer", "Status", "Parter"]);
    const hamar = rows.filter((row) => row[0] === HAMAR_AGREEMENT);
    expect(hamar.length).toBeGreaterThan(0);
    expect(hamar.every((row) => typeof row[header!.indexOf("År")] === "number")).toBe(true);
    // Elverum+ serves two agreements and shows under both; the total row counts it once, as the dashboard does.
    const total = rows[rows.length - 1]!;
    expect(total[0]).toMatch(/^Sum for alle avtalene/);
    expect(["Tilsagt (NOK)", "Brukt (NOK)", "Gjenstår (NOK)"].map((name) => total[header!.indexOf(name)])).toEqual(onDashboard);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/spreadsheets-agreements.png", fullPage: true });
    await page.context().close();
  });

  it("the secretariat previews a file with a problem, then imports a valid one", async () => {
    const page = await signedIn(browser, SEKRETARIAT);
    const programmeTitle = `Importprøve ${RUN}`;
    const programmeId = await newDraftProgramme(page, programmeTitle);
    await page.goto(new URL(`/programmes/${programmeId}`, page.url()).toString());
    await page.getByRole("link", { name: "Importer tiltak fra Excel" }).click();
    await page.getByRole("heading", { level: 1, name: "Importer tiltak" }).waitFor();
    await expectNoAxeViolations(page);

    const fileInput = page.getByLabel("Excel-fil (.xlsx)");
    const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    await fileInput.setInputFiles({ name: "feil.xlsx", mimeType: xlsx, buffer: await importFile([["Tiltak", `Lokal ladeplan ${RUN}`, "Lokalt", "Elverum", "Pågår"]]) });
    await page.getByRole("button", { name: "Sjekk filen" }).click();
    await page.getByRole("heading", { name: "1 problem må rettes" }).waitFor();
    await page.getByRole("link", { name: "Rad 2, kolonne «Kommune»: «Elverum» er ikke medlemskommune i rådet." }).waitFor();
    expect(await page.getByRole("button", { name: "Importer tiltakene" }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/spreadsheets-import-problem.png", fullPage: true });

    const shared = `Felles ladeplan ${RUN}`;
    await fileInput.setInputFiles({
      name: "tiltak.xlsx", mimeType: xlsx, buffer: await importFile([
        ["Tiltak", shared, "Felles", "", "Pågår", new Date(Date.UTC(2025, 0, 1)), new Date(Date.UTC(2026, 11, 31)), 150000],
        ["Kommunens del", shared, "", "Stange", "Ikke startet", "", "", 50000],
        ["Tiltak", `Lokal ladeplan ${RUN}`, "Lokalt", "Hamar", "Ikke startet"],
      ]),
    });
    await page.getByRole("button", { name: "Sjekk filen" }).click();
    await page.getByText("Importen vil opprette 2 tiltak og 1 kommunedel.").waitFor();
    await page.getByRole("button", { name: "Importer tiltakene" }).click();
    await page.getByText("2 tiltak og 1 kommunedel ble importert.").waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/spreadsheets-import-done.png", fullPage: true });
    await page.getByRole("main").getByRole("link", { name: "Tilbake til handlingsprogrammet" }).click();
    await page.getByRole("heading", { level: 1, name: programmeTitle }).waitFor();
    await page.getByRole("link", { name: shared }).first().waitFor();
    await page.context().close();
  });

  it("the import screen works at 320 px", async () => {
    const page = await signedIn(browser, SEKRETARIAT);
    const programmeId = await newDraftProgramme(page, `Importprøve smal ${RUN}`);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(new URL(`/programmes/${programmeId}/import`, page.url()).toString());
    await page.getByLabel("Excel-fil (.xlsx)").setInputFiles({
      name: "feil.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await importFile([["Tiltak", "", "Felles", "", "Ferdig"]]),
    });
    await page.getByRole("button", { name: "Sjekk filen" }).click();
    await page.getByRole("heading", { name: "2 problemer må rettes" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/spreadsheets-import-320.png", fullPage: true });
    await page.context().close();
  });
});
