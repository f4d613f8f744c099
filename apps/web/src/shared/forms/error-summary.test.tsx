import { createI18n } from "@samspill/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { ErrorSummary, type ErrorSummaryProps } from "./error-summary";

function render(props: Partial<ErrorSummaryProps>) {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n("nb", { plugins: [initReactI18next] })}>
      <ErrorSummary idPrefix="f" messages={{}} {...props} />
    </I18nextProvider>,
  );
}

describe("ErrorSummary", () => {
  it("is nothing when there is nothing to fix", () => {
    expect(render({})).toBe("<div></div>");
  });

  it("names each field in screen order, linking to its control, then the fields it was not told the order of", () => {
    const html = render({ order: ["title", "heldOn"], messages: { extra: "Annet er feil.", heldOn: "Dato må være en gyldig dato.", title: "Tittel må fylles ut." } });
    expect(html).toContain("Rett opp dette:");
    const positions = ["#f-title", "#f-heldOn", "#f-extra"].map((href) => html.indexOf(`href="${href}"`));
    expect(positions.every((at) => at > -1)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain(">Tittel må fylles ut.</a>");
    expect(html).toMatch(/<ds-error-summary[^>]*data-focus-target/);
  });

  it("says a refusal that names no field, with the reason in words", () => {
    const html = render({
      subject: "programme",
      problem: { code: "INVALID_STATE", reason: "programme_adopted_use_revision", params: {}, fields: {}, versionConflict: false },
    });
    expect(html).toContain('role="alert"');
    expect(html).toContain("Dette kan ikke gjøres i nåværende status.");
    expect(html).toContain("Denne versjonen er vedtatt av rådet.");
    expect(html).not.toContain("Rett opp dette:");
  });

  it("prefers the feature's own words for a reason", () => {
    const html = render({
      reasonText: (reason) => (reason === "not_own_municipality" ? "Bare Hamar kommune kan endre denne delen." : undefined),
      problem: { code: "FORBIDDEN", reason: "not_own_municipality", params: {}, fields: {}, versionConflict: false },
    });
    expect(html).toContain("Bare Hamar kommune kan endre denne delen.");
  });

  it("leaves a refusal about fields to the fields", () => {
    const html = render({
      messages: { caseNumber: "Saksnummer: sak 12/23 står allerede på sakslisten til møtet." },
      problem: { code: "CONFLICT", reason: "case_number_taken", params: {}, fields: { caseNumber: { code: "custom", params: {} } }, versionConflict: false },
    });
    expect(html).not.toContain('role="alert"');
    expect(html).toContain('href="#f-caseNumber"');
  });
});
