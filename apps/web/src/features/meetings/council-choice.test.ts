import { describe, expect, it } from "vitest";
import { ALL_COUNCILS, chooseCouncil, searchWithCouncil } from "./council-choice";

const mine = { councilIds: ["hamar", "sor"], offerAll: true, preferAll: false };
const anyone = { councilIds: ["hamar", "sor", "valdres"], offerAll: true, preferAll: true };

describe("chooseCouncil", () => {
  it("follows the address when it names a council on offer", () => {
    expect(chooseCouncil("?council=sor", mine)).toBe("sor");
    expect(chooseCouncil("?lang=nb&council=all", mine)).toBe(ALL_COUNCILS);
  });

  it("falls back to the reader's first council, or to all councils for a reader with none of their own", () => {
    expect(chooseCouncil("", mine)).toBe("hamar");
    expect(chooseCouncil("?council=valdres", mine)).toBe("hamar");
    expect(chooseCouncil("", anyone)).toBe(ALL_COUNCILS);
    expect(chooseCouncil("?council=valdres", anyone)).toBe("valdres");
  });

  it("never offers all councils to a reader with one council", () => {
    const one = { councilIds: ["hamar"], offerAll: false, preferAll: false };
    expect(chooseCouncil("?council=all", one)).toBe("hamar");
    expect(chooseCouncil("", { councilIds: [], offerAll: false, preferAll: false })).toBeUndefined();
  });
});

describe("searchWithCouncil", () => {
  it("sets the council and keeps the language", () => {
    expect(searchWithCouncil("?lang=sv", "sor")).toBe("?lang=sv&council=sor");
    expect(searchWithCouncil("?council=hamar&lang=nb", ALL_COUNCILS)).toBe("?council=all&lang=nb");
  });
});
