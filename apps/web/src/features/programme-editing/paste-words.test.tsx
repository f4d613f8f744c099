import { createI18n } from "@samspill/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { planPaste, type PasteContext, type PasteTarget } from "./paste-plan";
import { usePasteWords } from "./use-paste-words";

const context = {
  programme: {
    id: "3f1c3f9e-8a51-4d59-9d1a-2f4a4e6b7c10",
    owner: { id: "council", name: "Hamarregionen", kind: "council", country: "NO" },
    focusAreas: [{ id: "fa-1", parentId: null, title: "Befolkningsvekst", children: [] }],
  },
  members: [{ id: "stange", name: "Stange" }],
} as unknown as PasteContext;

function Problems({ target, text }: { target: PasteTarget; text: string }) {
  const words = usePasteWords(target);
  const plan = planPaste(target, text, context);
  return <ul>{plan.problems.map((problem) => <li key={`${problem.line}${problem.column}`}>{words.problem(problem, plan.rows)}</li>)}</ul>;
}

const render = (target: PasteTarget, text: string) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={createI18n("nb", { plugins: [initReactI18next] })}>
      <Problems target={target} text={text} />
    </I18nextProvider>,
  );

describe("a paste's problems in words", () => {
  it("names the line, the column and the name that matches nothing", () => {
    const html = render("measures", "Ladepunkter\tSamferdsel\nLærlinger\t\tLøten");
    expect(html).toContain("Linje 1, Satsingsområde: programmet har ikke noe satsingsområde eller undertema som heter «Samferdsel».");
    expect(html).toContain("Linje 2, Ansvarlig organisasjon: «Løten» er verken rådet eller en av medlemskommunene.");
  });

  it("words a schema's problem with the column's name", () => {
    expect(render("goals", "\tBefolkningsvekst")).toContain("Linje 1, Tittel: Tittel må fylles ut.");
  });
});
