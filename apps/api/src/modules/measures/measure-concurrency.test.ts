import { describe, expect, it } from "vitest";
import { getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation } from "../../testing/harness.js";
import { councilProgramme, hamarregionen, sharedMeasure } from "./measure-fixtures.js";

describe("measures.update under concurrency", () => {
  it("lets exactly one of ten parallel updates with the same version win; the others get CONFLICT", async () => {
    const region = await hamarregionen();
    const { programme } = await councilProgramme(region.council.id);
    const measure = await sharedMeasure(programme, { status: "in_progress", progress: 10 });
    const { cookie } = await signedInUser("secretariat", region.council.id);

    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        trpcMutation("measures.update", { id: measure.id, version: measure.version, progress: 20 + index }, { cookie }),
      ),
    );
    const winners = answers.filter((answer) => answer.status === 200);
    const conflicts = answers.filter((answer) => answer.status === 409);
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(9);
    for (const conflict of conflicts) expect(conflict.body.error?.data.domainCode).toBe("CONFLICT");

    const db = await getTestDb();
    const row = await db.selectFrom("measure").selectAll().where("id", "=", measure.id).executeTakeFirstOrThrow();
    const winner = winners[0]?.body.result?.data as { progress: number };
    expect(row.version).toBe(measure.version + 1);
    expect(row.progress).toBe(winner.progress);
    const events = await db.selectFrom("auditEvent").selectAll()
      .where("subjectId", "=", measure.id).where("action", "=", "measure.updated").execute();
    expect(events).toHaveLength(1);
    expect(events[0]?.after).toMatchObject({ progress: winner.progress });
  });
});
