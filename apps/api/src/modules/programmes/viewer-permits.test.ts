import { describe, expect, it } from "vitest";
import { signedInUser } from "../../testing/harness.js";
import { councilProgramme, hamarregionen, partOf, sharedMeasure } from "../measures/measure-fixtures.js";
import { reportFixture } from "../reports/report-fixtures.js";
import { adoptDirectly, ok } from "./programme-fixtures.js";

// The gets answer what the viewer may do, each with the domain's reason when not, so a read-only
// screen can say why ("Only Hamar and the secretariat can change this part").

type Permit = { allowed: boolean; reason: string | null };
const yes = { allowed: true, reason: null };
const no = (reason: string) => ({ allowed: false, reason });

describe("what a programme's viewer may do", () => {
  it("follows the programme from draft to adopted to revised", async () => {
    const region = await hamarregionen();
    const { cookie } = await signedInUser("secretariat", region.council.id);
    const { programme: draft } = await councilProgramme(region.council.id);
    type View = { version: number; viewer: Record<string, Permit>; successor: { id: string } | null };
    const get = (id: string, as = cookie) => ok<View>("query", "programmes.get", { id }, as);

    expect((await get(draft.id)).viewer).toEqual({
      editStructure: yes, addMeasure: yes, editFollowUp: yes, publish: no("programme_not_adopted"), startRevision: no("revise_adopted_only"), adopt: yes,
      copyForward: yes,
      importStructure: no("programme_has_structure"), enterInBulk: no("programme_has_no_measures"),
    });
    const adopted = await adoptDirectly(draft);
    expect((await get(adopted.id)).viewer).toEqual({
      editStructure: no("programme_adopted_use_revision"), addMeasure: no("programme_adopted_use_revision"), editFollowUp: yes,
      publish: yes, startRevision: yes, adopt: no("programme_not_draft"), copyForward: yes, importStructure: no("programme_adopted_use_revision"),
      enterInBulk: no("programme_has_no_measures"),
    });
    const revision = await ok<{ id: string }>("mutation", "programmes.startRevision", { id: adopted.id, version: adopted.version }, cookie);
    const after = await get(adopted.id);
    expect(after.viewer.startRevision).toEqual(no("revision_exists"));
    expect(after.successor?.id).toBe(revision.id);

    const { cookie: stange } = await signedInUser("municipality_contributor", region.stange.id);
    expect((await get(adopted.id, stange)).viewer.editStructure).toEqual(no("role_not_allowed"));
    expect((await get(adopted.id, stange)).viewer.copyForward).toEqual(no("role_not_allowed"));
  });
});

describe("what a measure's viewer may do", () => {
  it("tells a Stange contributor that Hamar's part is Hamar's, and lets them keep their own", async () => {
    const region = await hamarregionen();
    const { programme } = await councilProgramme(region.council.id);
    const measure = await sharedMeasure(programme, { title: "Regional ladestruktur" });
    const stangePart = await partOf(measure, region.stange.id);
    const hamarPart = await partOf(measure, region.hamar.id);
    await adoptDirectly(programme);
    const { cookie } = await signedInUser("municipality_contributor", region.stange.id);
    const view = await ok<{ number: string; viewer: Record<string, Permit>; parts: Array<{ id: string; viewer: { edit: Permit } }> }>(
      "query", "measures.get", { id: measure.id }, cookie,
    );
    expect(view.number).toBe("2.1");
    expect(view.parts.find((part) => part.id === stangePart.id)?.viewer.edit).toEqual(yes);
    expect(view.parts.find((part) => part.id === hamarPart.id)?.viewer.edit).toEqual(no("not_own_municipality"));
    expect(view.viewer.editDefinition).toEqual(no("role_not_allowed"));
    expect(view.viewer.comment).toEqual(yes);

    const { cookie: secretariat } = await signedInUser("secretariat", region.council.id);
    const asSecretariat = await ok<{ viewer: Record<string, Permit> }>("query", "measures.get", { id: measure.id }, secretariat);
    expect(asSecretariat.viewer).toMatchObject({ editDefinition: no("programme_adopted_use_revision"), editFollowUp: yes, addPart: yes });
  });
});

describe("what a report's viewer may do", () => {
  it("tells another municipality's contributor why the report is read-only, the secretariat when it can review, and who may comment", async () => {
    const region = await hamarregionen();
    const fixture = await reportFixture({ council: region.council, municipality: region.hamar }, "submitted");
    const { cookie: stange } = await signedInUser("municipality_contributor", region.stange.id);
    const asStange = await ok<{ viewer: { write: Permit; review: Permit; comment: Permit } }>("query", "reports.get", { id: fixture.reportId }, stange);
    expect(asStange.viewer).toEqual({ write: no("not_own_municipality"), review: no("role_not_allowed"), comment: yes });
    const { cookie: member } = await signedInUser("council_member", region.council.id);
    expect((await ok<{ viewer: { comment: Permit } }>("query", "reports.get", { id: fixture.reportId }, member)).viewer.comment).toEqual(no("role_not_allowed"));
    const { cookie: hamar } = await signedInUser("municipality_contributor", region.hamar.id);
    expect((await ok<{ viewer: { write: Permit } }>("query", "reports.get", { id: fixture.reportId }, hamar)).viewer.write).toEqual(no("report_awaiting_review"));
    const { cookie: secretariat } = await signedInUser("secretariat", region.council.id);
    expect((await ok<{ viewer: { review: Permit } }>("query", "reports.get", { id: fixture.reportId }, secretariat)).viewer.review).toEqual(yes);
  });
});
