import { describe, expect, it } from "vitest";
import { getTestDb, uniqueName } from "@samspill/db/testing";
import { FileRate } from "./file-rate.js";

describe("FileRate", () => {
  it("counts per reader over a sliding minute", async () => {
    // From the real time onwards: another instance's sweep deletes only what is a minute old.
    let now = Date.now();
    const limits = new FileRate(await getTestDb(), 2, () => now);
    const [a, b] = [uniqueName("user a"), uniqueName("user b")];
    await limits.admit(a);
    now += 30_000;
    await limits.admit(a);
    await expect(limits.admit(a)).rejects.toMatchObject({ reason: "too_many_files", params: { retryAfterSeconds: 30 } });
    await limits.admit(b);
    now += 30_000;
    await expect(limits.admit(a)).resolves.toBeUndefined();
  });

  it("counts a reader's files together on every instance sharing the database, in parallel too", async () => {
    const db = await getTestDb();
    // Two processes behind one proxy: each has its own FileRate, both count in the same table.
    const instances = [new FileRate(db, 5), new FileRate(db, 5)];
    const reader = uniqueName("address 198.51.100.1");
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, (_, index) => instances[index % 2]!.admit(reader)),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome.status === "rejected").map((outcome) => (outcome as PromiseRejectedResult).reason))
      .toEqual(Array.from({ length: 7 }, () => expect.objectContaining({ code: "RATE_LIMITED", reason: "too_many_files" })));
  });
});
