import { describe, expect, it } from "vitest";
import { toBase64 } from "./file-base64";

describe("toBase64", () => {
  it("encodes any size as base64, byte for byte", () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, index) => index % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    expect(toBase64(new Uint8Array())).toBe("");
  });
});
