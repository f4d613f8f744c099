import { createI18n, type Language } from "@samspill/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { PartsMatrix } from "./parts-matrix";
import type { MeasurePart } from "./types";

const part = (id: string, municipalityName: string, status: MeasurePart["status"], progress: number): MeasurePart => ({
  id, measureId: "m1", municipalityId: `mun-${id}`, municipalityName, description: "", contactName: `Kontakt ${municipalityName}`,
  contactEmail: null, status, progress, budgetShare: null, version: 1,
  viewer: { edit: { allowed: false, reason: "sign_in_required" }, report: { allowed: false, reason: "sign_in_required" } },
});

const parts = [part("s", "Stange", "in_progress", 50), part("h", "Hamar", "delayed", 20)];

/** The parts with the server's answer for each: whether this reader may edit it, and why not. */
function render(lang: Language, permit: (part: MeasurePart) => MeasurePart["viewer"]["edit"]) {
  const answered = parts.map((row) => ({ ...row, viewer: { ...row.viewer, edit: permit(row) } }));
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang, { plugins: [initReactI18next] })}>
      <PartsMatrix parts={answered} rollUp={{ status: "delayed", progress: 35 }} captionId="cap" country="NO" onEdit={() => undefined} />
    </I18nextProvider>,
  );
}
const anonymous = () => ({ allowed: false, reason: "sign_in_required" });

describe("PartsMatrix", () => {
  it("shows each municipality's status with colour and text, and its progress", () => {
    const html = render("nb", anonymous);
    expect(html).toMatch(/<th scope="row">Stange<\/th>/);
    expect(html).toMatch(/data-color="info"[^>]*>Pågår</);
    expect(html).toMatch(/data-color="warning"[^>]*>Forsinket</);
    expect(html).toContain('aria-valuenow="20"');
    expect(html).toContain("Samlet, vektet etter budsjettandel: 35");
  });

  it("offers editing only on the rows the user may edit, and says whose the others are", () => {
    const html = render("nb", (row) => (row.municipalityName === "Stange" ? { allowed: true, reason: null } : { allowed: false, reason: "not_own_municipality" }));
    expect(html).toContain("Rediger delen til Stange");
    expect(html).not.toContain("Rediger delen til Hamar");
    expect(html).toContain("Bare Hamar kommune og sekretariatet kan endre denne delen.");
    expect(html).toContain('<th scope="col">Handlinger</th>');
  });

  it("has no action column for an anonymous reader", () => {
    expect(render("sv", anonymous)).not.toContain("Åtgärder</th>");
  });
});
