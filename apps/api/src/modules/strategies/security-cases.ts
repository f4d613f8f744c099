import type { SecurityCase } from "../../security/security-case.js";
import type { SecurityWorld } from "../../security/security-world.js";
import { programmeAt, strategyOf } from "../programmes/programme-fixtures.js";

// Strategies are read and edited like the programmes under them ("programme" in the table).

const resource = (world: SecurityWorld, published: boolean) =>
  programmeAt({ councilId: world.council.id, countyId: world.county.id }, published);

export const securityCases: SecurityCase[] = [
  {
    // Everyone may list an owner's strategies; outsiders get the published ones.
    path: "strategies.list",
    arrange: async (world) => ({ input: { ownerId: world.council.id }, resource: resource(world, true) }),
  },
  {
    path: "strategies.get",
    arrange: async (world) => ({ input: { id: (await strategyOf(world.council.id)).id }, resource: resource(world, false) }),
  },
  {
    path: "strategies.create",
    arrange: async (world) => ({
      input: { ownerId: world.council.id, title: "Strategisk næringsplan 2020–2030", periodStart: "2020-01-01", periodEnd: "2030-12-31" },
      resource: resource(world, false),
    }),
  },
  {
    path: "strategies.update",
    arrange: async (world) => {
      const strategy = await strategyOf(world.council.id);
      return { input: { id: strategy.id, version: strategy.version, overarchingGoal: "10 000 nye innbyggere" }, resource: resource(world, false) };
    },
  },
  {
    path: "strategies.setPublished",
    arrange: async (world) => {
      const strategy = await strategyOf(world.council.id);
      return { input: { id: strategy.id, version: strategy.version, published: true }, resource: resource(world, false) };
    },
  },
];
