import type { ImportLookups } from "./import/import-types.js";
import type { MeasureSheetData } from "./measures-sheet.js";

// A small Hamarregionen programme as the measures sheet takes it, and the names an import of
// it is looked up in.

export const IDS = {
  focusArea: "00000000-0000-4000-8000-000000000001",
  goalGrowth: "00000000-0000-4000-8000-000000000002",
  goalTransport: "00000000-0000-4000-8000-000000000003",
  hamar: "00000000-0000-4000-8000-000000000010",
  stange: "00000000-0000-4000-8000-000000000011",
  elverum: "00000000-0000-4000-8000-000000000012",
  sciencePark: "00000000-0000-4000-8000-000000000013",
} as const;

export const LOOKUPS: ImportLookups = {
  currency: "NOK",
  focusAreas: [{ id: IDS.focusArea, title: "Befolkningsvekst" }],
  goals: [
    { id: IDS.goalGrowth, title: "Tilflytting" },
    { id: IDS.goalTransport, title: "Samferdsel" },
  ],
  municipalities: [
    { id: IDS.hamar, name: "Hamar", shortName: null, code: "3403" },
    { id: IDS.stange, name: "Stange", shortName: null, code: "3413" },
  ],
  organisations: [
    { id: IDS.hamar, name: "Hamar", shortName: null, code: "3403" },
    { id: IDS.stange, name: "Stange", shortName: null, code: "3413" },
    { id: IDS.elverum, name: "Elverum", shortName: null, code: "3420" },
    { id: IDS.sciencePark, name: "Innlandet Science Park", shortName: "ISP", code: null },
  ],
};

export const SHEET_DATA: MeasureSheetData = {
  programme: { title: "Handlingsprogram 2022–2023", periodStart: "2022-01-01", periodEnd: "2023-12-31", currency: "NOK" },
  measures: [
    {
      number: "1.1", title: "Regional ladestruktur", description: "Hurtigladere i hele regionen.", focusArea: "Befolkningsvekst",
      goals: ["Samferdsel"], scope: "shared", municipality: null, responsibleOrganisation: "Innlandet Science Park",
      responsiblePerson: "Daglig leder", startDate: "2022-01-01", endDate: "2026-12-31", status: "in_progress", progress: 55,
      sdgGoals: [7, 11], budget: [
        { year: 2022, amountMinor: 250_000_00, currency: "NOK", fundingSource: "council_funds" },
        { year: 2023, amountMinor: 100_000_00, currency: "NOK", fundingSource: "council_funds" },
      ],
      parts: [
        {
          municipality: "Hamar", description: "Ladere ved knutepunkt.", contactName: "Ingrid Hansen",
          contactEmail: "ingrid@hamar.example", status: "in_progress", progress: 70,
          budgetShare: { amountMinor: 600_000_00, currency: "NOK" },
          budget: [{ year: 2022, amountMinor: 300_000_00, currency: "NOK", fundingSource: "municipal_own_contribution" }],
        },
        {
          municipality: "Stange", description: "=HYPERLINK(\"http://evil\")", contactName: "Ola Nordmann", contactEmail: null,
          status: "delayed", progress: 35, budgetShare: null, budget: [],
        },
      ],
    },
    {
      number: "2.1", title: "Næringsvennlig kommune; \"Stange\"", description: "Linje 1\nLinje 2", focusArea: null, goals: [],
      scope: "local", municipality: "Stange", responsibleOrganisation: null, responsiblePerson: "", startDate: null,
      endDate: null, status: "completed", progress: 100, sdgGoals: [], budget: [], parts: [],
    },
  ],
};
