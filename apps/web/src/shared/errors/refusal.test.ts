import { createI18n } from "@samspill/i18n";
import { describe, expect, it } from "vitest";
import { refusalText } from "./refusal";

describe("refusalText", () => {
  const nb = createI18n("nb").getFixedT("nb", "forms");
  const sv = createI18n("sv").getFixedT("sv", "forms");

  it("says whose a part is", () => {
    expect(refusalText(nb, "part", "not_own_municipality", { municipality: "Hamar kommune" })).toBe("Bare Hamar kommune og sekretariatet kan endre denne delen.");
    expect(refusalText(sv, "report", "not_own_municipality", { organisation: "Vimmerby kommun" })).toBe("Bara Vimmerby kommun och sekretariatet skriver den här lägesrapporten.");
  });

  it("explains an adopted programme and a locked report", () => {
    expect(refusalText(nb, "programme", "programme_adopted_use_revision")).toMatch(/^Denne versjonen er vedtatt av rådet\. .*rullering/);
    expect(refusalText(nb, "report", "report_locked")).toBe("Rapporten er godkjent og låst.");
  });

  it("falls back to plain words for a reason it has none for", () => {
    expect(refusalText(nb, "agreement", "sign_in_required")).toBe("Logg inn for å gjøre endringer.");
    expect(refusalText(nb, "meeting", "something_new")).toBe("Du kan lese dette, men ikke endre det.");
  });
});
