import { describe, expect, it } from "vitest";
import { insertFundingCommitment, insertMeasureObligationLink, insertObligation, insertReportingRequirement } from "@samspill/db";
import { countQueries, createAgreement, createOrganisation, createReportingPeriod, createStatusReport, getTestDb } from "@samspill/db/testing";
import { getTestApp, signedInUser, trpcQuery } from "../../testing/harness.js";
import { agreementSheetData } from "./agreement-sheet-data.js";
import { download, programmeWithMeasures, readWorkbook, sheetRows } from "./spreadsheet-fixtures.js";

// The downloads read back with exceljs: headings in the reader's language, real cell types,
// the list's filters kept, a measure's parts below it, and who sees which reports.

describe("spreadsheets.measures", () => {
  it("writes the filtered measures, each followed by its parts, with typed cells and Norwegian headings", async () => {
    const world = await programmeWithMeasures();
    const file = await download("spreadsheets.measures", { programmeId: world.programme.id, status: ["in_progress", "planned"] }, world.secretariat.cookie);
    expect(file.fileName).toBe(`Tiltak ${world.programme.title}.xlsx`);
    const sheet = await readWorkbook(file.base64);
    const [header, ...withTotal] = sheetRows(sheet);
    const rows = withTotal.slice(0, -1);
    expect(header!.slice(0, 5)).toEqual(["Nr.", "Radtype", "Satsingsområde", "Mål", "Tittel"]);
    expect(header).toContain("Budsjett 2024 (NOK)");
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((row) => [row[col("Nr.")], row[col("Radtype")], row[col("Tittel")], row[col("Kommune")] ?? null])).toEqual([
      ["2.1", "Tiltak", world.local.title, world.stange.name],
      ["1.1", "Tiltak", "Regional ladestruktur", null],
      ["1.1", "Kommunens del", "Regional ladestruktur", "Hamar"],
      ["1.1", "Kommunens del", "Regional ladestruktur", "Stange"],
    ]);
    const charging = rows[1]!;
    expect(charging[col("Satsingsområde")]).toBe(world.focusArea.title);
    expect(charging[col("Mål")]).toBe(world.goal.title);
    expect(charging[col("Startdato")]).toEqual(new Date(Date.UTC(2024, 0, 1)));
    expect(charging[col("Framdrift (%)")]).toBe(55);
    expect(charging[col("Budsjett 2024 (NOK)")]).toBe(500000);
    expect(charging[col("Status")]).toBe("Pågår");
    // Whole kroner; the currency is in the heading, not in every cell.
    expect(sheet.getRow(3).getCell(col("Budsjett 2024 (NOK)") + 1).numFmt).toBe("#,##0");
    // Without an organisation named, the council that owns the measure answers for it, by its full name.
    expect(charging[col("Ansvarlig organisasjon")]).toBe(world.council.name);
    expect(rows[0]![col("Ansvarlig organisasjon")]).toBe(`${world.stange.name} kommune`);
    const total = withTotal[withTotal.length - 1]!;
    expect(total[0]).toBe("Sum");
    const sum = rows.reduce((all, row) => all + Number(row[col("Budsjett 2024 (NOK)")] ?? 0), 0);
    expect((total[col("Budsjett 2024 (NOK)")] as unknown as { result: number }).result).toBe(sum);
  });

  it("keeps the municipality filter: the municipality's measures with its own part only", async () => {
    const world = await programmeWithMeasures();
    const file = await download("spreadsheets.measures", { programmeId: world.programme.id, municipalityId: world.hamar.id, language: "sv" }, world.secretariat.cookie);
    const [header, ...rows] = sheetRows(await readWorkbook(file.base64));
    expect(header![1]).toBe("Radtyp");
    expect(rows.map((row) => [row[0], row[1], row[header!.indexOf("Kommun")]])).toEqual([["1.1", "Åtgärd", undefined], ["1.1", "Kommunens del", "Hamar"], ["Summa", undefined, undefined]]);
  });

  it("downloads over HTTP as CSV with the file's name, and refuses bad input and strangers", async () => {
    const world = await programmeWithMeasures();
    const app = await getTestApp();
    const url = (input: unknown) => `/api/files/spreadsheets.measures?input=${encodeURIComponent(JSON.stringify(input))}`;
    const response = await app.inject({ method: "GET", url: url({ programmeId: world.programme.id, format: "csv", status: ["completed"] }), headers: { cookie: world.secretariat.cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent(`Tiltak ${world.programme.title}.csv`)}`);
    const lines = response.body.split("\r\n");
    expect(lines[0]!.startsWith("\uFEFFNr.;Radtype;Satsingsområde;")).toBe(true);
    expect(lines[1]).toContain(";Avsluttet tiltak;");
    expect(lines[1]).toContain(";Fullført;100;");
    expect(lines[2]!.startsWith("Sum;")).toBe(true);
    expect(lines).toHaveLength(4);

    const bad = await app.inject({ method: "GET", url: url({ programmeId: world.programme.id, format: "pdf" }), headers: { cookie: world.secretariat.cookie } });
    expect(bad.statusCode).toBe(400);
    const stranger = await signedInUser("secretariat");
    const refused = await app.inject({ method: "GET", url: url({ programmeId: world.programme.id }), headers: { cookie: stranger.cookie } });
    expect(refused.statusCode).toBe(404);
  });
});

describe("spreadsheets.measureTemplate", () => {
  it("is the layout's headings with a budget column per year of the programme, and no rows", async () => {
    const world = await programmeWithMeasures();
    const file = await download("spreadsheets.measureTemplate", { programmeId: world.programme.id, language: "en" }, world.secretariat.cookie);
    const rows = sheetRows(await readWorkbook(file.base64));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 5)).toEqual(["No.", "Row type", "Focus area", "Goals", "Title"]);
    expect(rows[0]!.slice(-2)).toEqual(["Budget 2024 (NOK)", "Budget 2025 (NOK)"]);
  });
});

describe("spreadsheets.reports", () => {
  it("lists every expected report of the period with what it says; a contributor gets their own", async () => {
    const world = await programmeWithMeasures();
    const db = await getTestDb();
    const period = await createReportingPeriod(db, { councilId: world.council.id, deadline: "2025-01-31" });
    const [part] = await db.selectFrom("measurePart").selectAll().where("measureId", "=", world.charging.id).where("municipalityId", "=", world.stange.id).execute();
    await createStatusReport(db, {
      measureId: world.charging.id, partId: part!.id, periodId: period.id, organisationId: world.stange.id, workflowStatus: "submitted",
      submittedAt: "2025-02-03T10:00:00Z", late: true, progress: 60, spending: [{ fundingSource: "county_partnership_funds", amountMinor: 12_500_50 }], narrative: "=1+1 Ladere bygget",
    });
    const [hamarPart] = await db.selectFrom("measurePart").selectAll().where("measureId", "=", world.charging.id).where("municipalityId", "=", world.hamar.id).execute();
    await createStatusReport(db, {
      measureId: world.charging.id, partId: hamarPart!.id, periodId: period.id, organisationId: world.hamar.id, workflowStatus: "approved",
      progress: 30, spending: [{ fundingSource: "municipal_own_contribution", amountMinor: 30_000_00 }],
    });
    const file = await download("spreadsheets.reports", { periodId: period.id }, world.secretariat.cookie);
    const [header, ...withTotal] = sheetRows(await readWorkbook(file.base64));
    const rows = withTotal.slice(0, -1);
    expect(header).toEqual([
      "Rapportert av", "Tiltak", "Radtype", "Rapportstatus", "Forfalt", "Levert for sent", "Levert", "Status for tiltaket",
      "Framdrift (%)", "Brukt (NOK)", "Hva er gjort",
    ]);
    // Who reports goes by the official name, as in the Word documents.
    const stange = rows.find((row) => row[0] === `${world.stange.name} kommune` && row[1] === "Regional ladestruktur")!;
    expect(stange.slice(2, 11)).toEqual(["Kommunens del", "Sendt inn", "Nei", "Ja", new Date(Date.UTC(2025, 1, 3)), "Pågår", 60, 12501, "=1+1 Ladere bygget"]);
    const hamar = rows.find((row) => row[0] === "Hamar kommune" && row[1] === "Regional ladestruktur")!;
    expect(hamar.slice(3, 5)).toEqual(["Godkjent", "Nei"]);
    // The total adds up only what approved reports spent (Stange's submitted 12 501 kr is not yet a
    // fact), and says so with the overview's count of approved reports.
    const overview = (await trpcQuery("reports.overview", { periodId: period.id }, { cookie: world.secretariat.cookie })).body.result?.data as { counts: { approved: number } };
    expect(overview.counts.approved).toBe(1);
    const total = withTotal[withTotal.length - 1]!;
    expect(total[0]).toBe("Brukt etter de godkjente rapportene (1)");
    expect(total[header!.indexOf("Brukt (NOK)")]).toBe(30000);

    const contributor = await signedInUser("municipality_contributor", world.stange.id);
    const csv = await download("spreadsheets.reports", { periodId: period.id, format: "csv" }, contributor.cookie);
    const text = Buffer.from(csv.base64, "base64").toString("utf8");
    expect(text).toContain("'=1+1 Ladere bygget");
    expect(text).not.toContain("Hamar kommune;");
    expect(text.split("\r\n").filter(Boolean).slice(1, -1).every((line) => line.startsWith(`${world.stange.name} kommune;`))).toBe(true);
  });
});

describe("spreadsheets.agreements", () => {
  it("writes each agreement per year and funding source with committed, spent, remaining and its reporting requirements", async () => {
    const world = await programmeWithMeasures();
    const db = await getTestDb();
    const { agreement } = await createAgreement(db, { countyId: world.county.id, partyIds: [world.council.id], caseNumber: "24/17" });
    await insertFundingCommitment(db, { agreementId: agreement.id, year: 2024, source: "county_partnership_funds", amountMinor: 1_000_000_00, currency: "NOK" });
    await insertReportingRequirement(db, { agreementId: agreement.id, title: "Årsrapport", dueDate: "2020-03-01" });
    const obligation = await insertObligation(db, { agreementId: agreement.id, partyId: world.council.id, title: "Ladestruktur" });
    await insertMeasureObligationLink(db, obligation.id, world.charging.id);
    const period = await createReportingPeriod(db, { councilId: world.council.id });
    // The council's own money on the same report is not what the agreement commits.
    await createStatusReport(db, {
      measureId: world.charging.id, periodId: period.id, organisationId: world.council.id, workflowStatus: "approved",
      spending: [{ fundingSource: "county_partnership_funds", amountMinor: 250_000_00 }, { fundingSource: "council_funds", amountMinor: 80_000_00 }],
    });

    const official = await signedInUser("county_official", world.county.id);
    const file = await download("spreadsheets.agreements", {}, official.cookie);
    const [header, ...rows] = sheetRows(await readWorkbook(file.base64));
    expect(header).toContain("Tilsagt (NOK)");
    const row = rows.find((candidate) => candidate[0] === agreement.title)!;
    expect(row.slice(1, 15)).toEqual([
      "24/17", "Gjeldende", world.council.name, new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2027, 11, 31)), 2024,
      "Fylkets partnerskapsmidler", 1_000_000, 250_000, 750_000, 0, 0, 1, new Date(Date.UTC(2020, 2, 1)),
    ]);
    expect((await trpcQuery("spreadsheets.agreements", {}, { cookie: world.secretariat.cookie })).status).toBe(404);
  });

  it("ends with the county's total, where a report on a measure under two agreements counts once, as on the dashboard", async () => {
    const world = await programmeWithMeasures();
    const db = await getTestDb();
    for (const partyId of [world.council.id, world.stange.id]) {
      const { agreement } = await createAgreement(db, { countyId: world.county.id, partyIds: [partyId] });
      await insertFundingCommitment(db, { agreementId: agreement.id, year: 2024, source: "county_partnership_funds", amountMinor: 400_000_00, currency: "NOK" });
      const obligation = await insertObligation(db, { agreementId: agreement.id, partyId, title: "Ladestruktur" });
      await insertMeasureObligationLink(db, obligation.id, world.charging.id);
    }
    const period = await createReportingPeriod(db, { councilId: world.council.id });
    await createStatusReport(db, {
      measureId: world.charging.id, periodId: period.id, organisationId: world.council.id, workflowStatus: "approved",
      spending: [{ fundingSource: "county_partnership_funds", amountMinor: 100_000_00 }],
    });

    const official = await signedInUser("county_official", world.county.id);
    const [header, ...rows] = sheetRows(await readWorkbook((await download("spreadsheets.agreements", {}, official.cookie)).base64));
    const money = (row: unknown[]) => ["Tilsagt (NOK)", "Brukt (NOK)", "Gjenstår (NOK)"].map((name) => row[header!.indexOf(name)]);
    // Each agreement shows the report's 100 000 kr, as its page does …
    expect(rows.slice(0, -1).map(money)).toEqual([[400_000, 100_000, 300_000], [400_000, 100_000, 300_000]]);
    // … and the county's total counts it once.
    const total = rows[rows.length - 1]!;
    expect(total[0]).toBe("Sum for alle avtalene (en rapport på et tiltak under to avtaler telles én gang)");
    expect(money(total)).toEqual([800_000, 100_000, 700_000]);
    const dashboard = await trpcQuery("dashboards.county", {}, { cookie: official.cookie });
    const funds = (dashboard.body.result?.data as { funds: { total: Array<{ committedMinor: number; spentMinor: number }> } }).funds;
    expect(funds.total).toMatchObject([{ committedMinor: 800_000_00, spentMinor: 100_000_00 }]);
  });

  it("reads a county's agreements in the same number of queries for five times as many", async () => {
    const db = await getTestDb();
    const queriesFor = async (count: number) => {
      const county = await createOrganisation(db, { kind: "county" });
      for (let index = 0; index < count; index += 1) {
        const { agreement } = await createAgreement(db, { countyId: county.id });
        await insertFundingCommitment(db, { agreementId: agreement.id, year: 2024, source: "county_partnership_funds", amountMinor: 100_00, currency: "NOK" });
        await insertReportingRequirement(db, { agreementId: agreement.id, title: "Årsrapport", dueDate: "2025-03-01" });
      }
      const counter = countQueries(db);
      const { agreements } = await agreementSheetData(counter.db, county.id, "2025-01-01");
      expect(agreements).toHaveLength(count);
      return counter.count();
    };
    expect(await queriesFor(5)).toBe(await queriesFor(1));
  });
});
