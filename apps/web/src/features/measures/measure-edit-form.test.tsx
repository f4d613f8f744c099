import { createI18n } from "@samspill/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { patchOf, type MeasureValues } from "./edit-values";
import { formProblemOf, type FormProblem } from "../../shared/forms";
import { MeasureEditForm, type MeasureForm } from "./measure-edit-form";

const initial: MeasureValues = {
  title: "Regional ladestruktur", description: "", status: "in_progress", progress: "45", startDate: "2022-01-01", endDate: "",
};
const noop = () => undefined;

/** The versioned form as it stands after a save the server answered with `problem`. */
function formWith(problem: FormProblem | null): MeasureForm {
  return {
    values: initial, errors: problem?.fields ?? {}, problem, conflict: problem?.versionConflict ?? false,
    pending: false, attempt: problem ? 1 : 0, set: () => noop, submit: () => Promise.resolve(false), reload: () => Promise.resolve(), reapply: () => Promise.resolve(false),
  };
}

function render(problem: FormProblem | null, definitionEditable = true) {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n("nb", { plugins: [initReactI18next] })}>
      <MeasureEditForm form={formWith(problem)} definitionEditable={definitionEditable} onCancel={noop} />
    </I18nextProvider>,
  );
}

function trpcError(data: unknown): Error {
  return Object.assign(new Error("x"), { name: "TRPCClientError", data });
}

describe("MeasureEditForm", () => {
  it("labels every field", () => {
    const html = render(null);
    for (const label of ["Tittel", "Beskrivelse", "Status", "Framdrift (%)", "Startdato", "Sluttdato"]) expect(html).toContain(`>${label}</label>`);
    expect(html).toContain('value="Regional ladestruktur"');
  });

  it("leaves out title and description where they take a revision", () => {
    const html = render(null, false);
    expect(html).not.toContain(">Tittel</label>");
    expect(html).not.toContain(">Beskrivelse</label>");
    expect(html).toContain(">Status</label>");
  });

  it("marks the fields the server pointed at and summarises them, each message naming its field and why", () => {
    const issues = [
      { path: "endDate", code: "custom", params: { reason: "range_not_ordered", startKey: "startDate", endKey: "endDate" } },
      { path: "progress", code: "too_big", params: { maximum: 100, origin: "number" } },
    ];
    const html = render(formProblemOf(trpcError({ code: "BAD_REQUEST", domainCode: "INVALID_INPUT", issues })));
    expect(html).toMatch(/<input[^>]*id="[^"]*-endDate"[^>]*aria-invalid="true"/);
    expect(html).toMatch(/href="#[^"]*-endDate">Sluttdato må være samme dag som eller etter startdato\.</);
    expect(html).toContain("Framdrift (%) kan være høyst 100.");
    expect(html).not.toMatch(/<input[^>]*id="[^"]*-title"[^>]*aria-invalid/);
  });

  it("says that someone else changed it first and offers reload and re-apply", () => {
    const html = render(formProblemOf(trpcError({ code: "CONFLICT", domainCode: "CONFLICT", reason: "version_mismatch" })));
    expect(html).toContain("Noen andre endret dette først");
    expect(html).toContain(">Last inn på nytt</button>");
    expect(html).toContain(">Bruk endringen min på nytt</button>");
  });

  it("explains why an adopted programme's measure takes its new title only by revision", () => {
    const html = render(formProblemOf(trpcError({ code: "PRECONDITION_FAILED", domainCode: "INVALID_STATE", reason: "programme_adopted_use_revision" })));
    expect(html).toContain("Programmet er vedtatt: tiltakets tittel, beskrivelse, satsingsområde og mål endres bare gjennom en rullering.");
  });

  it("explains a refusal for another municipality's part", () => {
    const html = render(formProblemOf(trpcError({ code: "FORBIDDEN", domainCode: "FORBIDDEN", reason: "not_own_municipality" })));
    expect(html).toContain("tilhører en annen kommune");
  });
});

describe("patchOf", () => {
  it("sends the changed fields as the server takes them", () => {
    expect(patchOf({ progress: "60", endDate: "2026-12-31" })).toEqual({ progress: 60, endDate: "2026-12-31" });
    expect(patchOf({ startDate: "" })).toEqual({ startDate: null });
    expect(patchOf({ progress: " " }).progress).toBeNaN();
    expect(patchOf({})).toEqual({});
  });
});
