import { describe, expect, it } from "vitest";
import { pageWithTotal } from "./paging.js";

describe("a page with its total from one statement", () => {
  const never = async (): Promise<number> => {
    throw new Error("counted on its own");
  };

  it("takes the total from the rows and leaves it off them", async () => {
    const page = await pageWithTotal([{ id: "a", fullCount: 7 }, { id: "b", fullCount: 7 }], 0, never);
    expect(page).toEqual({ items: [{ id: "a" }, { id: "b" }], total: 7 });
  });

  it("answers an empty first page with no total to ask for", async () => {
    expect(await pageWithTotal([], 0, never)).toEqual({ items: [], total: 0 });
  });

  it("asks for the total on its own only for a page past the end", async () => {
    expect(await pageWithTotal([], 50, async () => "12")).toEqual({ items: [], total: 12 });
  });
});
