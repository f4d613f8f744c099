import { describe, expect, it } from "vitest";
import { loadI18n } from "./load-i18n";

describe("loadI18n", () => {
  it("is ready to translate once it resolves, with the one language it loaded", async () => {
    const i18n = await loadI18n("sv");
    expect(i18n.t("common:app.skipToContent")).toBe("Hoppa till huvudinnehållet");
    expect(i18n.t("dashboards:county.heading")).not.toBe("county.heading");
    expect(i18n.hasResourceBundle("sv", "measures")).toBe(true);
    expect(i18n.hasResourceBundle("nb", "common")).toBe(false);
    expect(i18n.hasResourceBundle("en", "common")).toBe(false);
  });

  it("fetches the next language before switching to it", async () => {
    const i18n = await loadI18n("nb");
    const changing = i18n.changeLanguage("en");
    expect(i18n.language).toBe("nb");
    await changing;
    expect(i18n.language).toBe("en");
    expect(i18n.t("domain:count.measure", { count: 3 })).toBe("3 measures");
  });

  it("chooses plural forms and country contexts like the bundled instance", async () => {
    const i18n = await loadI18n("nn");
    expect(i18n.t("domain:count.programme", { count: 2, context: "SE" })).toBe("2 handlingsplanar");
    expect(i18n.t("domain:count.programme", { count: 1, context: "NO" })).toBe("1 handlingsprogram");
  });
});
