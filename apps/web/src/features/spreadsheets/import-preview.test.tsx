import { createI18n } from "@samspill/i18n";
import { createRef } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { ImportPreviewView } from "./import-preview";
import { fileErrorMessage } from "./problem-text";
import type { ImportPreview } from "./types";

const preview: ImportPreview = {
  programmeVersion: 3,
  measureCount: 0,
  partCount: 0,
  rows: [
    { row: 2, kind: "measure", title: "Regional ladestruktur", municipality: "", status: "Pågår" },
    { row: 3, kind: "part", title: "Regional ladestruktur", municipality: "Elverum", status: "" },
  ],
  problems: [
    { row: 1, column: "Notater", reason: "unknown_column", params: {} },
    { row: 3, column: "Kommune", reason: "not_a_member", params: { value: "Elverum" } },
  ],
};

function render(lang: "nb" | "sv", value: ImportPreview = preview) {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang, { plugins: [initReactI18next] })}>
      <ImportPreviewView preview={value} headingRef={createRef()} />
    </I18nextProvider>,
  );
}

describe("the import preview", () => {
  it("names every problem by row and column in a summary that leads to the row", () => {
    const html = render("nb");
    expect(html).toContain("2 problemer må rettes");
    expect(html).toMatch(/<a[^>]*href="#import-row-3"[^>]*>Rad 3, kolonne «Kommune»/);
    expect(html).toContain("Rad 3, kolonne «Kommune»: «Elverum» er ikke medlemskommune i rådet.");
    // The heading row is not in the table, so its problem is named without a link.
    expect(html).toContain("<li>Rad 1, kolonne «Notater»: Kolonnen hører ikke til oppsettet. Fjern den eller gi den riktig navn.</li>");
    expect(html).toMatch(/<tr[^>]*id="import-row-3"[^>]*>.*«Kommune»: «Elverum» er ikke medlemskommune/);
    expect(html).toMatch(/<tr[^>]*id="import-row-2"[^>]*>.*<td[^>]*>OK<\/td>/);
  });

  it("says what a valid file would create, in Swedish terms", () => {
    const html = render("sv", { ...preview, measureCount: 1, partCount: 2, problems: [] });
    expect(html).toContain("Importen skulle skapa 1 åtgärd och 2 kommundelar.");
    expect(html).toContain("<caption>Raderna i filen</caption>");
  });

  it("turns the server's refusal of a file into its reason", () => {
    const t = createI18n("en").getFixedT("en") as unknown as Parameters<typeof fileErrorMessage>[0];
    const error = (data: unknown) => Object.assign(new Error("x"), { name: "TRPCClientError", data });
    expect(fileErrorMessage(t, error({ domainCode: "INVALID_INPUT", reason: "too_many_rows", params: { maxRows: 1000 } }))).toBe(
      "The file has too many rows. It can have at most 1000 rows.",
    );
    expect(fileErrorMessage(t, error({ domainCode: "CONFLICT", reason: "version_mismatch" }))).toContain("was changed while you were working");
    expect(fileErrorMessage(t, error({ domainCode: "FORBIDDEN" }))).toBe("You do not have permission to do this.");
  });
});
