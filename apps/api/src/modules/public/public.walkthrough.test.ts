import { describe, expect, it } from "vitest";
import { getTestApp, trpcQuery, type TrpcBody } from "../../testing/harness.js";
import { leakedSecrets, publishedCouncil, SECRETS } from "./public-fixtures.js";

// PRODUCT.md walkthrough "Public": without signing in, anyone reads a council's published
// programme and its progress, through tRPC and the open-data JSON API; drafts, comments and
// unpublished reports never show.

const data = <T>(body: TrpcBody) => body.result?.data as T;

interface PublicProgramme {
  id: string;
  title: string;
  progress: { measureCount: number; byStatus: Record<string, number>; averageProgress: number };
  focusAreas: Array<{ goals: Array<{ id: string }>; measures: Array<{ id: string; status: string; progress: number; responsibleOrganisationName: string | null; parts: unknown[] }> }>;
}

describe("walkthrough: the public", () => {
  it("reads the published programme and its progress, and nothing else, through tRPC and /api/public/v1", async () => {
    const council = await publishedCouncil();

    const councils = await trpcQuery("public.councils");
    expect(councils.status).toBe(200);
    expect(data<{ items: Array<Record<string, unknown>> }>(councils.body).items)
      .toContainEqual(expect.objectContaining({ id: council.council.id, slug: council.slug, programmeCount: 1 }));

    const viaTrpc = await trpcQuery("public.programme", { id: council.programme.id });
    expect(viaTrpc.status).toBe(200);
    const programme = data<PublicProgramme>(viaTrpc.body);
    expect(programme.progress).toMatchObject({ measureCount: 1, averageProgress: 40, byStatus: { in_progress: 1 } });
    expect(programme.focusAreas[0]?.goals.map((goal) => goal.id)).toEqual(council.goals.map((goal) => goal.id));
    expect(programme.focusAreas[0]?.measures).toEqual([expect.objectContaining({
      id: council.measure.id, status: "in_progress", progress: 40, responsibleOrganisationName: council.council.name,
      parts: [{ municipalityName: council.stange.name, status: "delayed", progress: 20 }],
    })]);
    expect(leakedSecrets(JSON.stringify(viaTrpc.body))).toEqual([]);

    const app = await getTestApp();
    const list = await app.inject({ method: "GET", url: `/api/public/v1/councils/${council.slug}/programmes` });
    expect(list.statusCode).toBe(200);
    const listed = list.json<{ programmes: Array<{ id: string; links: { self: string } }> }>();
    expect(listed.programmes.map((item) => item.id)).toEqual([council.programme.id]);

    const viaJson = await app.inject({ method: "GET", url: listed.programmes[0]?.links.self ?? "" });
    expect(viaJson.statusCode).toBe(200);
    expect(viaJson.json<{ programme: PublicProgramme }>().programme).toEqual(programme);
    expect(leakedSecrets(viaJson.body)).toEqual([]);

    // The draft is not there for the public, by either road; nor is the report.
    expect((await trpcQuery("public.programme", { id: council.draft.id })).status).toBe(404);
    expect((await app.inject({ method: "GET", url: `/api/public/v1/programmes/${council.draft.id}` })).statusCode).toBe(404);
    expect((await trpcQuery("programmes.get", { id: council.draft.id })).status).toBe(404);
    expect((await trpcQuery("reports.get", { id: council.report.id })).status).toBe(404);
    expect((await trpcQuery("reports.listPeriods", { councilId: council.council.id })).status).toBe(404);
    const everything = JSON.stringify([councils.body, list.json()]);
    expect(everything).not.toContain(SECRETS.draftTitle);
  });
});
