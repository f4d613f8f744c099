import { createI18n } from "@samspill/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { FormField } from "./form-field";
import { CreateForm } from "./create-form";

type Props = Parameters<typeof CreateForm>[0];
const noop = () => undefined;

function render(messages: Record<string, string>, failure: Props["failure"] = null, more: Partial<Props> = {}) {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n("nb", { plugins: [initReactI18next] })}>
      <CreateForm heading="Nytt tiltak" idPrefix="m" order={["title", "ownerId"]} messages={messages} failure={failure} attempt={1}
        pending={false} submitLabel="Legg til tiltaket" onSubmit={noop} onCancel={noop} {...more}>
        <FormField id="m-title" label="Tittel" value="" onChange={() => undefined} error={messages.title} />
      </CreateForm>
    </I18nextProvider>,
  );
}

describe("CreateForm", () => {
  it("summarises field messages in screen order, each linking to its field", () => {
    const html = render({ ownerId: "Eierkommune: kommunen er ikke medlem av rådet.", title: "Tittel må fylles ut." });
    expect(html).toContain("Rett opp dette:");
    const first = html.indexOf('href="#m-title"');
    const second = html.indexOf('href="#m-ownerId"');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(html).toContain(">Tittel må fylles ut.</a>");
    expect(html).toMatch(/id="m-title"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="m-title"/);
  });

  it("shows a refusal without field errors as an alert, with the reason in words", () => {
    const html = render({}, { code: "INVALID_STATE", reason: "programme_adopted_use_revision", params: {}, fields: {}, versionConflict: false });
    expect(html).toContain('data-color="danger"');
    expect(html).toContain("Denne versjonen er vedtatt av rådet.");
    expect(html).not.toContain("Rett opp dette:");
  });

  it("offers \"save and add another\" as a second submit button beside the plain save", () => {
    const html = render({}, null, { another: { label: "Legg til og start på neste", onSubmit: noop, added: 0 } });
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Legg til tiltaket<\/button>/);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*data-another=""[^>]*>Legg til og start på neste<\/button>/);
    expect(render({})).not.toContain("data-another");
  });

  const conflict: Props["failure"] = { code: "CONFLICT", reason: "version_mismatch", params: {}, fields: {}, versionConflict: true };

  it("offers reload and \"apply again\" after a version conflict where the form can apply it again", () => {
    const html = render({}, conflict, { conflict: { message: "Noen andre lagret først.", reloadLabel: "Last inn på nytt", reapplyLabel: "Bruk endringen min på nytt", onReload: noop, onReapply: noop } });
    expect(html).toContain("Noen andre lagret først.");
    expect(html).toContain(">Bruk endringen min på nytt</button>");
  });

  it("says a conflict it cannot apply again as a refusal", () => {
    const html = render({}, conflict);
    expect(html).toContain("Noen andre endret dette mens du arbeidet med det.");
    expect(html).not.toContain("Bruk endringen min på nytt");
  });
});
