import { describe, expect, it } from "vitest";
import { signedInUser } from "../../testing/harness.js";
import { adoptDirectly, ok } from "../programmes/programme-fixtures.js";
import { councilProgramme, hamarregionen, localMeasure, sharedMeasure } from "./measure-fixtures.js";

// The programme page asks for the bulk-entry grid (every measure of the programme) only when
// `programmes.get` says the reader may enter something in it, by the measures' own rules.

type Permit = { allowed: boolean; reason: string | null };
const yes = { allowed: true, reason: null };
const no = (reason: string) => ({ allowed: false, reason });

async function enterInBulk(programmeId: string, cookie?: string): Promise<Permit> {
  return (await ok<{ viewer: { enterInBulk: Permit } }>("query", "programmes.get", { id: programmeId }, cookie)).viewer.enterInBulk;
}

describe("whether a reader may enter a programme's parts and budgets in bulk", () => {
  it("lets the secretariat, and a municipality only where it owns a local measure", async () => {
    const region = await hamarregionen();
    const { programme } = await councilProgramme(region.council.id, true);
    const { cookie: secretariat } = await signedInUser("secretariat", region.council.id);
    const { cookie: stange } = await signedInUser("municipality_contributor", region.stange.id);
    expect(await enterInBulk(programme.id, secretariat)).toEqual(no("programme_has_no_measures"));

    await sharedMeasure(programme, { title: "Regional ladestruktur" });
    const adopted = await adoptDirectly(programme, true);
    expect(await enterInBulk(adopted.id, secretariat)).toEqual(yes);
    expect(await enterInBulk(adopted.id, stange)).toEqual(no("role_not_allowed"));
    expect(await enterInBulk(adopted.id)).toEqual(no("sign_in_required"));

    await localMeasure(adopted, region.stange.id);
    expect(await enterInBulk(adopted.id, stange)).toEqual(yes);
    const { cookie: hamar } = await signedInUser("municipality_contributor", region.hamar.id);
    // Hamar may change neither the shared measure nor Stange's own: the programme's rule is given.
    expect(await enterInBulk(adopted.id, hamar)).toEqual(no("role_not_allowed"));
  });
});
