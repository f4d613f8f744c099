import type { SecurityCase } from "../../security/security-case.js";
import type { SecurityWorld } from "../../security/security-world.js";
import {
  councilProgramme, localMeasure, measureAt, outcomeIndicator, outputIndicator, partAt, partOf, programmeAt, sharedMeasure, valueOf,
} from "../measures/measure-fixtures.js";
import { boundIndicator } from "./source-fixtures.js";

// Indicators on fresh goals and measures of a draft programme of the world's council: outcome
// indicators follow the programme, output indicators their measure, per-municipality values on
// a shared measure the municipality's part.

const place = (world: SecurityWorld) => ({ councilId: world.council.id, countyId: world.county.id });

export const securityCases: SecurityCase[] = [
  {
    path: "indicators.list",
    arrange: async (world) => {
      const { programme } = await councilProgramme(world.council.id);
      const measure = await sharedMeasure(programme);
      await outputIndicator(measure);
      return { input: { measureId: measure.id }, resource: measureAt(place(world), "shared", null) };
    },
  },
  {
    path: "indicators.get",
    arrange: async (world) => {
      const { goalId } = await councilProgramme(world.council.id);
      const indicator = await outcomeIndicator(goalId);
      await valueOf(indicator.id, "2024-01-01", 1200);
      return { input: { id: indicator.id }, resource: programmeAt(place(world)) };
    },
  },
  {
    path: "indicators.create",
    arrange: async (world) => {
      const { programme } = await councilProgramme(world.council.id);
      const measure = await localMeasure(programme, world.municipality.id);
      return {
        input: { kind: "output", measureId: measure.id, name: "Bedriftsmøter", unit: "møter", target: 30 },
        resource: measureAt(place(world), "local", world.municipality.id),
        action: "edit_local_measure",
      };
    },
  },
  {
    path: "indicators.update",
    arrange: async (world) => {
      const { goalId } = await councilProgramme(world.council.id);
      const indicator = await outcomeIndicator(goalId);
      return { input: { id: indicator.id, version: indicator.version, target: 500 }, resource: programmeAt(place(world)), action: "edit_programme" };
    },
  },
  {
    path: "indicators.delete",
    arrange: async (world) => {
      const { programme } = await councilProgramme(world.council.id);
      const indicator = await outputIndicator(await sharedMeasure(programme));
      return { input: { id: indicator.id, version: indicator.version }, resource: measureAt(place(world), "shared", null), action: "edit_programme" };
    },
  },
  {
    path: "indicators.recordValue",
    arrange: async (world) => {
      const { programme } = await councilProgramme(world.council.id);
      const measure = await sharedMeasure(programme);
      await partOf(measure, world.municipality.id);
      const indicator = await outputIndicator(measure, true);
      return {
        input: { indicatorId: indicator.id, municipalityId: world.municipality.id, measuredOn: "2025-06-30", value: 12 },
        resource: partAt(place(world), world.municipality.id),
        action: "edit_measure_part",
      };
    },
  },
  {
    path: "indicators.bindSource",
    arrange: async (world) => {
      const { goalId } = await councilProgramme(world.council.id);
      const indicator = await outcomeIndicator(goalId);
      return {
        input: { id: indicator.id, version: indicator.version, binding: { source: "kolada", kpi: "N01951" } },
        resource: programmeAt(place(world)),
        action: "edit_programme",
      };
    },
  },
  {
    path: "indicators.sourceRegions",
    arrange: async (world) => {
      const { goalId } = await councilProgramme(world.council.id);
      const indicator = await boundIndicator(goalId, { source: "ssb", table: "07459", contentsCode: "Personer1" }, true);
      return { input: { id: indicator.id }, resource: programmeAt(place(world)) };
    },
  },
  {
    // The run's fixture server answers as Kolada, so an allowed call imports for real.
    path: "indicators.importValues",
    arrange: async (world) => {
      const { goalId } = await councilProgramme(world.council.id);
      const indicator = await boundIndicator(goalId, { source: "kolada", kpi: "N01951", regions: [{ municipalityId: null, codes: ["0884"] }] });
      return { input: { id: indicator.id }, resource: programmeAt(place(world)), action: "edit_programme" };
    },
  },
  {
    path: "indicators.removeValue",
    arrange: async (world) => {
      const { programme } = await councilProgramme(world.council.id);
      const indicator = await outputIndicator(await localMeasure(programme, world.municipality.id));
      const value = await valueOf(indicator.id, "2025-12-31", 145);
      return {
        input: { id: value.id, version: value.version },
        resource: measureAt(place(world), "local", world.municipality.id),
        action: "edit_local_measure",
      };
    },
  },
];
