import { createI18n } from "@samspill/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { FormField } from "../measures/form-field";
import { CreateForm } from "./create-form";

function render(errors: Record<string, string>, failure: Parameters<typeof CreateForm>[0]["failure"] = null) {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n("nb", { plugins: [initReactI18next] })}>
      <CreateForm heading="Nytt tiltak" idPrefix="m" order={["title", "ownerId"]} errors={errors} failure={failure} attempt={1}
        pending={false} submitLabel="Legg til tiltaket" onSubmit={() => undefined} onCancel={() => undefined}>
        <FormField id="m-title" label="Tittel" value="" onChange={() => undefined} error={errors.title ? "Fyll ut feltet." : undefined} />
      </CreateForm>
    </I18nextProvider>,
  );
}

describe("CreateForm", () => {
  it("summarises field errors in screen order, each linking to its field, server reasons in words", () => {
    const html = render({ ownerId: "owner_not_a_member", title: "required" });
    expect(html).toContain("Rett opp dette:");
    const first = html.indexOf('href="#m-title"');
    const second = html.indexOf('href="#m-ownerId"');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(html).toContain("Kommunen er ikke medlem av rådet.");
    expect(html).toMatch(/id="m-title"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="m-title"/);
  });

  it("says an unknown issue plainly and shows a refusal without field errors as an alert", () => {
    expect(render({ title: "weird_code" })).toContain("Sjekk feltet.");
    const html = render({}, { code: "FORBIDDEN", reason: null, fields: {} });
    expect(html).toContain('role="alert"');
    expect(html).not.toContain("Rett opp dette:");
  });
});
