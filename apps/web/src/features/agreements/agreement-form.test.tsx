import { createI18n, type Language } from "@samspill/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { FormField, type FormProblem } from "../../shared/forms";
import { AgreementForm } from "./agreement-form";
import { checkFunding } from "./funding-values";

const noop = () => undefined;

function render(messages: Record<string, string>, failure: FormProblem | null, lang: Language = "nb", reapply = true) {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang, { plugins: [initReactI18next] })}>
      <AgreementForm heading="Ny partnerskapsavtale" idPrefix="a" order={["title", "counterpartId"]} messages={messages} failure={failure}
        attempt={1} pending={false} submitLabel="Opprett avtalen" onSubmit={noop} onCancel={noop} onReload={noop} onReapply={reapply ? noop : undefined}>
        <FormField id="a-title" label="Tittel" value="Avtale" onChange={noop} error={messages.title} />
      </AgreementForm>
    </I18nextProvider>,
  );
}

describe("AgreementForm", () => {
  it("summarises each field's message in screen order, linking to the field, and keeps the typed value", () => {
    const html = render({ counterpartId: "Regionråd eller kommune må fylles ut.", title: "Tittel må fylles ut." }, null);
    expect(html).toContain("Rett opp dette:");
    expect(html.indexOf('href="#a-title"')).toBeLessThan(html.indexOf('href="#a-counterpartId"'));
    expect(html).toContain('value="Avtale"');
  });

  it("says an agreement rule the server refused by in words", () => {
    const html = render({}, { code: "INVALID_INPUT", reason: "party_not_in_county", params: {}, fields: {}, versionConflict: false });
    expect(html).toContain('role="alert"');
    expect(html).toContain("Regionrådet eller kommunen ligger i et annet fylke.");
    const sv = render({}, { code: "INVALID_STATE", reason: "party_has_obligations", params: {}, fields: {}, versionConflict: false }, "sv");
    expect(sv).toContain("Parten har åtaganden i avtalet. Flytta eller ta bort dem först.");
  });

  it("offers to reload or save again after someone else saved first", () => {
    const html = render({}, { code: "CONFLICT", reason: "version_mismatch", params: {}, fields: {}, versionConflict: true });
    expect(html).toContain(">Last inn på nytt</button>");
    expect(html).toContain(">Lagre endringen min på nytt</button>");
    // Without a way to apply it again (a new row), the conflict is said as an error.
    expect(render({}, { code: "CONFLICT", reason: "version_mismatch", params: {}, fields: {}, versionConflict: true }, "nb", false)).not.toContain("Lagre endringen min på nytt");
  });
});

describe("checkFunding", () => {
  it("names the year, the amount and a missing field before sending", () => {
    expect(checkFunding({ year: "2027", source: "external", sourceName: "", amount: "1 500 000" }, "nb")).toEqual({});
    expect(Object.keys(checkFunding({ year: "20x7", source: "external", sourceName: "", amount: "mye" }, "nb")).sort()).toEqual(["amount", "year"]);
    expect(checkFunding({ year: "", source: "external", sourceName: "", amount: "" }, "nb")).toEqual({
      year: { code: "required", params: {} }, amount: { code: "required", params: {} },
    });
  });
});
