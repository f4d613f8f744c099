import { describe, expect, it } from "vitest";
import { Pacer } from "./pacer.js";
import { retryAfterMs } from "./transport.js";

describe("Pacer", () => {
  it("lets the limit through at once and holds the next until the window moves", async () => {
    let now = 0;
    const waits: number[] = [];
    const pacer = new Pacer({ requests: 3, perMs: 60_000 }, () => now, async (ms) => {
      waits.push(ms);
      now += ms;
    });
    for (let count = 0; count < 3; count += 1) await pacer.take();
    expect(waits).toEqual([]);
    now = 10_000;
    await pacer.take();
    expect(waits).toEqual([50_000]);
    expect(now).toBe(60_000);
  });
});

describe("retryAfterMs", () => {
  it("reads seconds and HTTP dates", () => {
    expect(retryAfterMs("2", 0)).toBe(2000);
    expect(retryAfterMs("Wed, 21 Oct 2015 07:28:05 GMT", Date.parse("Wed, 21 Oct 2015 07:28:00 GMT"))).toBe(5000);
    expect(retryAfterMs(null, 0)).toBeNull();
    expect(retryAfterMs("soon", 0)).toBeNull();
  });
});
