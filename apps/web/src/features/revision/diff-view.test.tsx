import { createI18n, type Language } from "@samspill/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { DiffView } from "./diff-view";
import type { ProgrammeDiff } from "./types";

// Only the fields the view reads; the API sends whole rows.
const area = { id: "f1", title: "Nettverk og klynger", predecessorId: null };
const area2 = { id: "f2", title: "Nettverk og klynger", predecessorId: "f1" };
const measure = (id: string, title: string, status: string, predecessorId: string | null = null) =>
  ({ id, title, status, predecessorId, progress: 60, focusAreaId: "f2" });

const diff = {
  focusAreas: { added: [], removed: [], changed: [], carriedForward: [{ previous: area, next: area2 }] },
  goals: { added: [], removed: [], changed: [], carriedForward: [] },
  measures: {
    added: [measure("m9", "Grønn industri", "planned")],
    removed: [measure("m3", "Forankring i kommunene", "completed")],
    changed: [{
      previous: measure("m1", "Initiere nettverk", "in_progress"),
      next: measure("m11", "Initiere flere nettverk", "delayed", "m1"),
      changes: [
        { field: "title", before: "Initiere nettverk", after: "Initiere flere nettverk" },
        { field: "status", before: "in_progress", after: "delayed" },
        { field: "endDate", before: "2023-12-31", after: "2024-06-30" },
      ],
    }],
    carriedForward: [{ previous: measure("m2", "Synliggjøre merverdien", "in_progress"), next: measure("m12", "Synliggjøre merverdien", "in_progress", "m2") }],
  },
} as unknown as Pick<ProgrammeDiff, "focusAreas" | "goals" | "measures">;

function render(lang: Language): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang, { plugins: [initReactI18next] })}>
      <DiffView diff={diff} contentLang="nb" />
    </I18nextProvider>,
  );
}

/** The h3 of one kind of change within the measures' section, with its items. */
function measuresPart(html: string): string {
  return html.slice(html.lastIndexOf("<h2"));
}

describe("DiffView", () => {
  it("shows added, changed, not carried forward and carried forward in Bokmål", () => {
    const html = measuresPart(render("nb"));
    expect(html).toMatch(/<h2[^>]*>Tiltak<\/h2>/);
    // Said as the group below says it: finished measures are not carried forward, not removed.
    expect(html).toContain("1 nye, 1 endret, 1 ikke ført videre, 1 ført videre uendret");
    expect(html).toMatch(/data-kind="added".*<h3[^>]*><span class="diff-icon" aria-hidden="true">\+<\/span>Nye \(1\)<\/h3>.*Grønn industri/);
    expect(html).toMatch(/data-kind="removed".*Ikke ført videre \(1\).*Forankring i kommunene.*Fullført/);
    expect(html).toMatch(/data-kind="carried".*Ført videre uendret \(1\).*Synliggjøre merverdien/);
    expect(html).toContain("<caption>Endringer i Initiere flere nettverk</caption>");
    expect(html).toContain('<th scope="col">Før</th>');
    expect(html).toMatch(/<th scope="row">Tittel<\/th><td lang="nb"><span class="diff-before">Initiere nettverk<\/span><\/td><td lang="nb">Initiere flere nettverk<\/td>/);
    expect(html).toMatch(/<th scope="row">Status<\/th><td><span class="diff-before">Pågår<\/span><\/td><td>Forsinket<\/td>/);
    expect(html).toContain("30.06.2024");
  });

  it("names empty groups and keeps one heading level per section", () => {
    const html = render("nb");
    expect(html.match(/<h2/g)).toHaveLength(3);
    expect(html.match(/<h3/g)).toHaveLength(12);
    expect(html).toContain("Ingen.");
  });

  it("speaks Swedish, with Swedish dates and statuses around the programme's own Norwegian text", () => {
    const html = measuresPart(render("sv"));
    expect(html).toMatch(/<h2[^>]*>Åtgärder<\/h2>/);
    expect(html).toContain("1 nya, 1 ändrade, 1 inte förda vidare, 1 förda vidare oförändrade");
    expect(html).toMatch(/data-kind="removed".*Inte förda vidare \(1\).*Genomförd/);
    expect(html).toContain("<caption>Ändringar i Initiere flere nettverk</caption>");
    expect(html).toContain("2024-06-30");
    expect(html).toMatch(/<th scope="row">Slutdatum<\/th>/);
  });
});
