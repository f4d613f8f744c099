import { createI18n, type Language } from "@samspill/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import type { FieldErrors } from "./form-values";
import { ReportForm, type ReportFormProps } from "./report-form";

const props: ReportFormProps = {
  values: { measureStatus: "in_progress", progress: "45", narrative: "Ladeplan", spending: { municipal_own_contribution: "40000" }, indicators: { i1: "6" } },
  onChange: () => {},
  errors: {},
  indicators: [{ id: "i1", name: "Nye ladepunkter", unit: "antall" }],
  fundingSources: ["county_partnership_funds", "municipal_own_contribution"],
  sourceName: (source) => ({ county_partnership_funds: "Fylkets partnerskapsmidler", external: "Eksterne midler" } as Record<string, string>)[source] ?? source,
  currency: "NOK",
  readOnly: false,
  busy: false,
  canSubmit: true,
  onSaveDraft: () => {},
  onSubmit: () => {},
};

function render(overrides: Partial<ReportFormProps>, lang: Language = "nb"): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang, { plugins: [initReactI18next] })}>
      <ReportForm {...props} {...overrides} />
    </I18nextProvider>,
  );
}

/** The opening tag of the element with this id. */
function tagOf(html: string, id: string): string {
  return html.match(new RegExp(`<(?:input|textarea|select)[^>]*id="${id}"[^>]*>`))?.[0] ?? "";
}

describe("ReportForm", () => {
  it("labels every field, money by funding source in the currency, indicators with name and unit", () => {
    const html = render({});
    expect(html).toContain("Brukte midler per finansieringskilde (NOK)");
    expect(html).toContain(">Fylkets partnerskapsmidler<");
    expect(tagOf(html, "report-spending-county_partnership_funds")).toContain('value=""');
    expect(tagOf(html, "report-spending-municipal_own_contribution")).toContain('value="40000"');
    // The sources outside the measure's budget are offered too, one step away.
    expect(html).toMatch(/<details[^>]*><summary>Andre finansieringskilder<\/summary>/);
    expect(tagOf(html, "report-spending-external")).not.toBe("");
    expect(html).toContain("Nye ladepunkter (antall)");
    expect(html).toContain("Lagre utkast");
    expect(html).toContain("Send til godkjenning");
    expect(tagOf(html, "report-progress")).not.toContain("aria-invalid");
  });

  it("shows each error at its field, marked invalid, and once more in a summary linking to it", () => {
    const errors: FieldErrors = {
      progress: { code: "out_of_range", params: { minimum: 0, maximum: 100 } },
      "spending:external": { code: "not_an_amount", params: {} },
      "indicator:i1": { code: "not_a_number", params: {} },
    };
    const html = render({ errors });
    expect(tagOf(html, "report-progress")).toContain('aria-invalid="true"');
    expect(tagOf(html, "report-spending-external")).toContain('aria-invalid="true"');
    // An error in another source keeps that group open.
    expect(html).toMatch(/<details[^>]*open=""/);
    expect(tagOf(html, "report-indicator-i1")).toContain('aria-invalid="true"');
    expect(tagOf(html, "report-narrative")).not.toContain("aria-invalid");
    expect(html).toContain('href="#report-progress"');
    expect(html).toContain('href="#report-indicator-i1"');
    // The message names its field and its limits, at the field and once more in the summary.
    expect(html.split("Framdrift (prosent) må være fra 0 til 100.").length - 1).toBe(2);
    // A source's amount is named by its source, inside the fieldset of money spent.
    expect(html).toContain("Eksterne midler må være et beløp, for eksempel 12 500 eller 12 500,50.");
    expect(html).toContain('role="alert"');
  });

  it("is read-only once submitted or approved: no buttons, nothing editable", () => {
    const html = render({ readOnly: true });
    expect(html).not.toContain("Lagre utkast");
    expect(html).not.toContain("Send til godkjenning");
    for (const id of ["report-progress", "report-narrative", "report-spending-municipal_own_contribution", "report-indicator-i1"]) {
      expect(tagOf(html, id)).toMatch(/readOnly=""|readonly=""/);
    }
    expect(tagOf(html, "report-measureStatus")).toContain('aria-readonly="true"');
  });

  it("speaks Swedish with Swedish terms", () => {
    const html = render({ currency: "SEK" }, "sv");
    expect(html).toContain("Använda medel per finansieringskälla (SEK)");
    expect(html).toContain("Fylkets partnerskapsmidler");
    expect(html).toContain("Spara utkast");
  });
});
