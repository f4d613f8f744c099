import { createI18n, type Language } from "@samspill/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { BudgetForm } from "./budget-form";
import { emptyBudgetValues } from "./budget-values";
import { mutationProblem, type MutationProblem } from "./mutation-error";

const noop = () => undefined;
const parts = [{ id: "p1", name: "Stange" }];

function render(problem: MutationProblem | null, allowWhole = true, lang: Language = "nb", country: "NO" | "SE" = "NO") {
  const i18n = createI18n(lang, { plugins: [initReactI18next] });
  const t = i18n.getFixedT(lang, "measures");
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <BudgetForm
        heading="Ny budsjettlinje" initial={{ ...emptyBudgetValues(), year: "2026" }} currency="NOK" parts={parts} allowWhole={allowWhole} choosePart
        pending={false} problem={problem} onSave={noop} onCancel={noop} onReload={noop} onReapply={noop}
        sourceName={(source) => t(`fundingSource.${source}`, { context: country as string | undefined })}
      />
    </I18nextProvider>,
  );
}

const trpcError = (data: unknown) => Object.assign(new Error("x"), { name: "TRPCClientError", data });

describe("BudgetForm", () => {
  it("labels the fields and names funding sources in the user's language", () => {
    const html = render(null);
    for (const label of ["År", "Beløp (NOK)", "Finansieringskilde", "Kommunens del", "Beskrivelse (valgfri)"]) expect(html).toContain(`>${label}</label>`);
    expect(html).toContain(">Fylkets partnerskapsmidler</option>");
    expect(html).toContain(">Hele tiltaket</option>");
  });

  it("names the council's and the county's funds as the owner's country does, in any language", () => {
    expect(render(null, true, "nb", "SE")).toContain(">Regionens partnerskapsmidler</option>");
    expect(render(null, true, "nb", "SE")).toContain(">Kommunalforbundets midler</option>");
    expect(render(null, true, "sv", "NO")).toContain(">Fylkeskommunens partnerskapsmedel</option>");
    expect(render(null, true, "sv", "SE")).toContain(">Regionens partnerskapsmedel</option>");
    expect(render(null, true, "en", "SE")).toContain(">Regional partnership funds</option>");
  });

  it("offers only the user's parts when the whole measure is not theirs", () => {
    expect(render(null, false)).not.toContain("Hele tiltaket");
  });

  it("shows the server's field error at the amount and summarises it", () => {
    const issues = [{ path: "amount.amountMinor", code: "too_big", params: { maximum: 9007199254740991, origin: "int" } }];
    const problem = mutationProblem(trpcError({ code: "BAD_REQUEST", domainCode: "INVALID_INPUT", issues }));
    const html = render(problem);
    expect(html).toMatch(/<input[^>]*id="[^"]*-amount"[^>]*aria-invalid="true"/);
    expect(html).toMatch(/href="#[^"]*-amount">Beløp \(NOK\) er for stort\.</);
    expect(html).not.toMatch(/<input[^>]*id="[^"]*-year"[^>]*aria-invalid/);
  });

  it("offers reload and re-apply when someone else changed the line first", () => {
    const html = render(mutationProblem(trpcError({ code: "CONFLICT", domainCode: "CONFLICT", params: { currentVersion: 3 } })));
    expect(html).toContain("Last inn på nytt");
  });
});
