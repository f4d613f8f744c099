import { describe, expect, it } from "vitest";
import { insertMembership } from "@samspill/db";
import { createOrganisation, getTestDb } from "@samspill/db/testing";
import { signedInUser } from "../../testing/harness.js";
import { ok } from "../programmes/programme-fixtures.js";
import { councilProgramme, hamarregionen, partOf, sharedMeasure } from "./measure-fixtures.js";

interface Option { id: string; name: string; current: boolean; membership: { validFrom: string; validTo: string | null } | null }

describe("measures.listMunicipalityOptions", () => {
  it("offers the council's members once each, and a former member only where it has a part", async () => {
    const db = await getTestDb();
    const region = await hamarregionen();
    // Eidsvoll's three codes are three organisations; only the one with a part comes back.
    const before = await createOrganisation(db, { kind: "municipality", name: "Eidsvoll", code: null });
    const between = await createOrganisation(db, { kind: "municipality", name: "Eidsvoll", code: null });
    await insertMembership(db, { councilId: region.council.id, municipalityId: before.id, validFrom: "2010-01-01", validTo: "2019-12-31" });
    await insertMembership(db, { councilId: region.council.id, municipalityId: between.id, validFrom: "2020-01-01", validTo: "2023-12-31" });
    await createOrganisation(db, { kind: "municipality", name: "Åsnes" });
    const { programme } = await councilProgramme(region.council.id);
    const measure = await sharedMeasure(programme);
    await partOf(measure, between.id);
    await partOf(measure, region.stange.id);
    const { cookie } = await signedInUser("council_member", region.council.id);

    const { items } = await ok<{ items: Option[] }>("query", "measures.listMunicipalityOptions", { programmeId: programme.id }, cookie);
    expect(items).toEqual([
      { id: between.id, name: "Eidsvoll", code: null, current: false, membership: { validFrom: "2020-01-01", validTo: "2023-12-31" } },
      { id: region.hamar.id, name: "Hamar", code: null, current: true, membership: { validFrom: "2020-01-01", validTo: null } },
      { id: region.stange.id, name: "Stange", code: null, current: true, membership: { validFrom: "2020-01-01", validTo: null } },
    ]);
  });

  it("offers a municipality that owns its programme itself", async () => {
    const db = await getTestDb();
    const vimmerby = await createOrganisation(db, { kind: "municipality", country: "SE", name: "Vimmerby" });
    const { programme } = await councilProgramme(vimmerby.id);
    const { cookie } = await signedInUser("secretariat", vimmerby.id);
    const { items } = await ok<{ items: Option[] }>("query", "measures.listMunicipalityOptions", { programmeId: programme.id }, cookie);
    expect(items.map((item) => [item.name, item.current])).toEqual([["Vimmerby", true]]);
  });
});
