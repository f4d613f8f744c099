import { describe, expect, it } from "vitest";
import { createOrganisation, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcQuery } from "../../testing/harness.js";
import { publishedCouncil } from "./public-fixtures.js";

// The tRPC side of the public reads; the walkthrough covers content, http/public-api the JSON API.

describe("public.programme", () => {
  it("gives a signed-in user of another council the same public view as anyone", async () => {
    const { programme } = await publishedCouncil();
    const stranger = await signedInUser("secretariat", (await createOrganisation(await getTestDb(), { kind: "regional_council" })).id);
    const anonymous = await trpcQuery("public.programme", { id: programme.id });
    const signedIn = await trpcQuery("public.programme", { id: programme.id }, { cookie: stranger.cookie });
    expect(signedIn.body.result).toEqual(anonymous.body.result);
  });
});
