import { createI18n } from "@samspill/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import type { FormProblem } from "../../shared/forms";
import { ItemProblem } from "./item-problem";

function render(problem: FormProblem) {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n("nb", { plugins: [initReactI18next] })}>
      <ItemProblem problem={problem} onReload={() => undefined} onReapply={() => undefined} />
    </I18nextProvider>,
  );
}

describe("ItemProblem", () => {
  it("says why a focus area that is not empty cannot be removed", () => {
    const html = render({ code: "INVALID_STATE", reason: "focus_area_not_empty", params: {}, fields: {}, versionConflict: false });
    expect(html).toContain("kan ikke fjernes så lenge det har undertemaer, mål eller tiltak");
    expect(html).toContain('role="alert"');
  });

  it("offers reload and apply again on a conflict", () => {
    const html = render({ code: "CONFLICT", reason: "version_mismatch", params: {}, fields: {}, versionConflict: true });
    expect(html).toContain("Last inn på nytt");
    expect(html).toContain("Bruk endringen min på nytt");
  });
});
