import { describe, expect, it } from "vitest";
import { domainQuery, readSsoError } from "./sso-error";

describe("single sign-on on the sign-in page", () => {
  it("reads a known refusal and ignores anything else", () => {
    expect(readSsoError("?sso_error=organisation_not_allowed")).toBe("organisation_not_allowed");
    expect(readSsoError("?sso_error=<script>")).toBeUndefined();
    expect(readSsoError("")).toBeUndefined();
  });

  it("sends only a complete domain of the address typed", () => {
    expect(domainQuery("Kari@Hamar.Kommune.no")).toBe("@hamar.kommune.no");
    expect(domainQuery("kari@hamar")).toBe("");
    expect(domainQuery("kari")).toBe("");
  });
});
