import { createI18n } from "@samspill/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { FormField } from "./form-field";
import { CreateForm } from "./create-form";

function render(messages: Record<string, string>, failure: Parameters<typeof CreateForm>[0]["failure"] = null) {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n("nb", { plugins: [initReactI18next] })}>
      <CreateForm heading="Nytt tiltak" idPrefix="m" order={["title", "ownerId"]} messages={messages} failure={failure} attempt={1}
        pending={false} submitLabel="Legg til tiltaket" onSubmit={() => undefined} onCancel={() => undefined}>
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
    expect(html).toContain('role="alert"');
    expect(html).toContain("Denne versjonen er vedtatt av rådet.");
    expect(html).not.toContain("Rett opp dette:");
  });
});
