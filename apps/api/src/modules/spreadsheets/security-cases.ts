import { createReportingPeriod, getTestDb } from "@samspill/db/testing";
import type { SecurityCase } from "../../security/security-case.js";
import type { SecurityWorld } from "../../security/security-world.js";
import { councilProgramme, programmeAt } from "../measures/measure-fixtures.js";
import { importFile } from "./spreadsheet-fixtures.js";
import { emptyDraft, structureFile } from "./structure-fixtures.js";

// The downloads are authorized like the screens they mirror (the measure list, the reporting
// overview, the county dashboard); importing is editing the programme, the secretariat's.

const place = (world: SecurityWorld) => ({ councilId: world.council.id, countyId: world.county.id });

const measureSecurityCases: SecurityCase[] = [
  {
    path: "spreadsheets.measures",
    arrange: async (world) => {
      const { programme } = await councilProgramme(world.council.id);
      return { input: { programmeId: programme.id, status: ["planned"], format: "csv" }, resource: programmeAt(place(world)) };
    },
  },
  {
    path: "spreadsheets.measureTemplate",
    arrange: async (world) => {
      const { programme } = await councilProgramme(world.council.id);
      return { input: { programmeId: programme.id }, resource: programmeAt(place(world)) };
    },
  },
  {
    path: "spreadsheets.reports",
    arrange: async (world) => {
      const period = await createReportingPeriod(await getTestDb(), { councilId: world.council.id });
      return {
        input: { periodId: period.id },
        resource: { kind: "status_report", councilId: world.council.id, municipalityId: null, countyId: world.county.id, published: false },
      };
    },
  },
  {
    path: "spreadsheets.agreements",
    arrange: async (world) => ({
      input: { countyId: world.county.id, format: "csv" },
      resource: { kind: "agreement", countyId: world.county.id, councilId: null, municipalityId: null },
    }),
  },
  {
    path: "spreadsheets.previewMeasureImport",
    arrange: async (world) => {
      const { programme } = await councilProgramme(world.council.id);
      return { input: { programmeId: programme.id, fileBase64: await importFile(programme) }, resource: programmeAt(place(world)), action: "edit_programme" };
    },
  },
  {
    path: "spreadsheets.importMeasures",
    arrange: async (world) => {
      const { programme } = await councilProgramme(world.council.id);
      return {
        input: { programmeId: programme.id, version: programme.version, fileBase64: await importFile(programme) },
        resource: programmeAt(place(world)),
        action: "edit_programme",
      };
    },
  },
];

export const structureSecurityCases: SecurityCase[] = [
  ...(["spreadsheets.programmeStructure", "spreadsheets.programmeStructureTemplate"] as const).map((path) => ({
    path,
    arrange: async (world: SecurityWorld) => {
      const { programme } = await councilProgramme(world.council.id);
      return { input: { programmeId: programme.id }, resource: programmeAt(place(world)) };
    },
  })),
  {
    path: "spreadsheets.previewStructureImport",
    arrange: async (world) => {
      const programme = await emptyDraft(world.council.id);
      return { input: { programmeId: programme.id, fileBase64: await structureFile(programme) }, resource: programmeAt(place(world)), action: "edit_programme" };
    },
  },
  {
    path: "spreadsheets.importStructure",
    arrange: async (world) => {
      const programme = await emptyDraft(world.council.id);
      return {
        input: { programmeId: programme.id, version: programme.version, fileBase64: await structureFile(programme) },
        resource: programmeAt(place(world)),
        action: "edit_programme",
      };
    },
  },
];

export const securityCases: SecurityCase[] = [...measureSecurityCases, ...structureSecurityCases];
