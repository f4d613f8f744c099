import type { SecurityCase } from "../../security/security-case.js";
import type { SecurityWorld } from "../../security/security-world.js";
import {
  budgetLineOf, councilProgramme, localMeasure, measureAt, partAt, partOf, programmeAt, sharedMeasure,
} from "./measure-fixtures.js";

// Every procedure on fresh measures of a draft programme of the world's council. Local
// measures and parts belong to the contributor's municipality, so the contributor is allowed
// there and the neighbouring municipality's contributor is refused.

const place = (world: SecurityWorld) => ({ councilId: world.council.id, countyId: world.county.id });

async function shared(world: SecurityWorld) {
  const { programme, goalId } = await councilProgramme(world.council.id);
  return { programme, goalId, measure: await sharedMeasure(programme), resource: measureAt(place(world), "shared", null) };
}

async function local(world: SecurityWorld) {
  const { programme } = await councilProgramme(world.council.id);
  const measure = await localMeasure(programme, world.municipality.id);
  return { programme, measure, resource: measureAt(place(world), "local", world.municipality.id) };
}

export const securityCases: SecurityCase[] = [
  {
    path: "measures.list",
    arrange: async (world) => {
      const { programme } = await shared(world);
      return { input: { programmeId: programme.id, status: ["planned"] }, resource: programmeAt(place(world)) };
    },
  },
  {
    path: "measures.listMunicipalityOptions",
    arrange: async (world) => {
      const { programme } = await shared(world);
      return { input: { programmeId: programme.id }, resource: programmeAt(place(world)) };
    },
  },
  {
    path: "measures.get",
    arrange: async (world) => {
      const { measure, resource } = await shared(world);
      return { input: { id: measure.id }, resource };
    },
  },
  {
    path: "measures.create",
    arrange: async (world) => {
      const { programme } = await councilProgramme(world.council.id);
      return {
        input: { programmeId: programme.id, scope: "local", ownerId: world.municipality.id, title: "Næringsvennlig kommune" },
        resource: measureAt(place(world), "local", world.municipality.id),
        action: "edit_local_measure",
      };
    },
  },
  {
    path: "measures.createMany",
    arrange: async (world) => {
      const { programme } = await councilProgramme(world.council.id);
      return {
        input: { programmeId: programme.id, items: [{ title: "Lærlingplasser", focusArea: null, responsibleOrganisation: world.municipality.name, responsiblePerson: "" }] },
        resource: measureAt(place(world), "local", world.municipality.id),
        action: "edit_local_measure",
      };
    },
  },
  {
    path: "measures.update",
    arrange: async (world) => {
      const { measure, resource } = await local(world);
      return { input: { id: measure.id, version: measure.version, status: "in_progress", progress: 20 }, resource, action: "edit_local_measure" };
    },
  },
  {
    path: "measures.delete",
    arrange: async (world) => {
      const { measure, resource } = await shared(world);
      return { input: { id: measure.id, version: measure.version }, resource, action: "edit_programme" };
    },
  },
  {
    path: "measures.setGoals",
    arrange: async (world) => {
      const { measure, goalId, resource } = await shared(world);
      return { input: { id: measure.id, version: measure.version, goalIds: [goalId] }, resource, action: "edit_programme" };
    },
  },
  {
    path: "measures.setSdgGoals",
    arrange: async (world) => {
      const { measure, resource } = await local(world);
      return { input: { id: measure.id, version: measure.version, sdgGoals: [8, 9] }, resource, action: "edit_local_measure" };
    },
  },
  {
    path: "measures.addPart",
    arrange: async (world) => {
      const { measure, resource } = await shared(world);
      return { input: { measureId: measure.id, municipalityId: world.neighbour.id }, resource };
    },
  },
  {
    path: "measures.updatePart",
    arrange: async (world) => {
      const { measure } = await shared(world);
      const part = await partOf(measure, world.municipality.id);
      return { input: { id: part.id, version: part.version, progress: 30 }, resource: partAt(place(world), world.municipality.id) };
    },
  },
  {
    path: "measures.removePart",
    arrange: async (world) => {
      const { measure, resource } = await shared(world);
      const part = await partOf(measure, world.neighbour.id);
      return { input: { id: part.id, version: part.version }, resource };
    },
  },
  {
    path: "measures.addBudgetLine",
    arrange: async (world) => {
      const { measure } = await shared(world);
      const part = await partOf(measure, world.municipality.id);
      return {
        input: {
          measureId: measure.id, partId: part.id, year: 2025, amount: { amountMinor: 50_000_00, currency: "NOK" },
          fundingSource: "municipal_own_contribution",
        },
        resource: partAt(place(world), world.municipality.id),
        action: "edit_measure_part",
      };
    },
  },
  {
    path: "measures.updateBudgetLine",
    arrange: async (world) => {
      const { measure, resource } = await local(world);
      const line = await budgetLineOf(measure);
      return { input: { id: line.id, version: line.version, year: 2026 }, resource, action: "edit_local_measure" };
    },
  },
  {
    path: "measures.removeBudgetLine",
    arrange: async (world) => {
      const { measure, resource } = await shared(world);
      const line = await budgetLineOf(measure);
      return { input: { id: line.id, version: line.version }, resource, action: "edit_programme" };
    },
  },
];
