import { describe, expect, it } from "vitest";
import {
  createCouncilWithMembers, createMeasure, createMeasurePart, createOrganisation, createProgramme, createReportingPeriod,
  createStatusReport, getTestDb,
} from "@samspill/db/testing";
import { signedInUser, trpcMutation, trpcQuery } from "../../testing/harness.js";

interface CommentOut {
  id: string;
  authorId: string;
  authorName?: string;
  body: string;
  version: number;
}

/** A council with two members, a PUBLISHED programme and one member's part of a shared measure. */
async function council() {
  const db = await getTestDb();
  const { council: owner, county, municipalities } = await createCouncilWithMembers(db, { memberCount: 2 });
  const [member, neighbour] = municipalities;
  if (!member || !neighbour) throw new Error("factory made no members");
  const { programme } = await createProgramme(db, { ownerId: owner.id, published: true, focusAreaCount: 0 });
  const measure = await createMeasure(db, { programmeId: programme.id, ownerId: owner.id, scope: "shared" });
  const part = await createMeasurePart(db, { measureId: measure.id, municipalityId: member.id });
  const secretariat = await signedInUser("secretariat", owner.id);
  const contributor = await signedInUser("municipality_contributor", member.id);
  return { db, owner, county, member, neighbour, measure, part, secretariat, contributor };
}

const list = (subject: { subjectType: string; subjectId: string }, cookie?: string) => trpcQuery("comments.list", subject, { cookie });

describe("comments", () => {
  it("the secretariat comments, a member's contributor reads it with the author's name; anonymous never sees comments", async () => {
    const { measure, secretariat, contributor } = await council();
    const subject = { subjectType: "measure", subjectId: measure.id };
    const added = await trpcMutation("comments.add", { ...subject, body: "  Godt arbeid.  " }, { cookie: secretariat.cookie });
    expect(added.status).toBe(200);
    expect(added.body.result?.data).toMatchObject({ body: "Godt arbeid.", authorId: secretariat.user.id, version: 1 });

    const read = await list(subject, contributor.cookie);
    expect(read.body.result?.data).toMatchObject({ total: 1, items: [{ body: "Godt arbeid.", authorName: secretariat.user.name }] });
    // The programme is published, but comments are not published content.
    const anonymous = await list(subject);
    expect(anonymous.status).toBe(404);
  });

  it("lets a county official and a member contributor comment; a council member may read but not comment; outsiders see nothing", async () => {
    const { db, county, part, owner } = await council();
    const subject = { subjectType: "measure_part", subjectId: part.id };
    const official = await signedInUser("county_official", county.id);
    expect((await trpcMutation("comments.add", { ...subject, body: "Fylket følger med." }, { cookie: official.cookie })).status).toBe(200);

    const member = await signedInUser("council_member", owner.id);
    expect((await list(subject, member.cookie)).status).toBe(200);
    const refused = await trpcMutation("comments.add", { ...subject, body: "Hei" }, { cookie: member.cookie });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.data.reason).toBe("role_not_allowed");

    const outsider = await signedInUser("municipality_contributor", (await createOrganisation(db, { kind: "municipality" })).id);
    expect((await list(subject, outsider.cookie)).status).toBe(404);
    expect((await trpcMutation("comments.add", { ...subject, body: "Hei" }, { cookie: outsider.cookie })).status).toBe(404);
  });

  it("places a status report on its part: the part's municipality comments on it", async () => {
    const { db, owner, part, measure, contributor } = await council();
    const period = await createReportingPeriod(db, { councilId: owner.id });
    const report = await createStatusReport(db, { measureId: measure.id, partId: part.id, organisationId: part.municipalityId, periodId: period.id });
    const subject = { subjectType: "status_report", subjectId: report.id };
    expect((await trpcMutation("comments.add", { ...subject, body: "Levert." }, { cookie: contributor.cookie })).status).toBe(200);
    expect((await list(subject, contributor.cookie)).body.result?.data).toMatchObject({ total: 1 });
  });

  it("only the author edits or deletes, at the version read", async () => {
    const { measure, secretariat, contributor } = await council();
    const subject = { subjectType: "measure", subjectId: measure.id };
    const added = await trpcMutation("comments.add", { ...subject, body: "Første utkast." }, { cookie: contributor.cookie });
    const comment = added.body.result?.data as CommentOut;

    const notAuthor = await trpcMutation("comments.edit", { id: comment.id, version: 1, body: "Endret." }, { cookie: secretariat.cookie });
    expect(notAuthor.status).toBe(403);
    expect(notAuthor.body.error?.data.reason).toBe("not_author");
    const deleteByOther = await trpcMutation("comments.delete", { id: comment.id, version: 1 }, { cookie: secretariat.cookie });
    expect(deleteByOther.body.error?.data.reason).toBe("not_author");

    const edited = await trpcMutation("comments.edit", { id: comment.id, version: 1, body: "Andre utkast." }, { cookie: contributor.cookie });
    expect(edited.body.result?.data).toMatchObject({ body: "Andre utkast.", version: 2 });
    const stale = await trpcMutation("comments.edit", { id: comment.id, version: 1, body: "Tredje." }, { cookie: contributor.cookie });
    expect(stale.status).toBe(409);
    const staleDelete = await trpcMutation("comments.delete", { id: comment.id, version: 1 }, { cookie: contributor.cookie });
    expect(staleDelete.status).toBe(409);
    expect(staleDelete.body.error?.data.params).toMatchObject({ currentVersion: 2 });

    const deleted = await trpcMutation("comments.delete", { id: comment.id, version: 2 }, { cookie: contributor.cookie });
    expect(deleted.status).toBe(200);
    expect((await list(subject, contributor.cookie)).body.result?.data).toMatchObject({ total: 0, items: [] });
  });

  it("answers a subject that does not exist with NOT_FOUND and an unsupported subject type with its field path", async () => {
    const { secretariat } = await council();
    const missing = await list({ subjectType: "measure", subjectId: "5b0e4c1e-8a0f-4c59-9b7e-2f0d7c3a1e11" }, secretariat.cookie);
    expect(missing.status).toBe(404);
    const wrongType = await list({ subjectType: "agreement", subjectId: "5b0e4c1e-8a0f-4c59-9b7e-2f0d7c3a1e11" }, secretariat.cookie);
    expect(wrongType.body.error?.data.issues?.map((issue) => issue.path)).toEqual(["subjectType"]);
  });
});
