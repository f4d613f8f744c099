import { describe, expect, it } from "vitest";
import { LANGUAGES } from "@samspill/i18n";
import { commentMail } from "./comment-mail.js";
import { DIGEST_LIST_LIMIT, digestMail } from "./digest-mail.js";
import { reminderMail } from "./reminder-mail.js";
import { reviewMail } from "./review-mail.js";

const reminder = {
  periodName: "2026", deadline: "2027-01-15", councilName: "Vimmerby kommun", organisationName: "Vimmerby kommun",
  items: [{ measureTitle: "Laddinfrastruktur", workflowStatus: null }, { measureTitle: "Besöksnäring", workflowStatus: "draft" as const }],
};

describe("the e-mails", () => {
  it("are written in the recipient's language with the country's own terms", () => {
    const sv = reminderMail({ name: "Anna", language: "sv" }, reminder, "https://samspill.example");
    expect(sv.subject).toBe("Påminnelse: rapporterna för 2026 ska lämnas senast 15 januari 2027");
    expect(sv.text).toContain("Hej Anna,");
    expect(sv.text).toContain("- Besöksnäring (utkast påbörjat)");
    expect(sv.text).toContain("Öppna i Samspill: https://samspill.example/");
    expect(sv.html).toContain('<html lang="sv">');
    const comment = commentMail({ name: "Anna", language: "sv" }, {
      subjectType: "measure", title: "Laddinfrastruktur", organisationName: null, authorName: "Erik", body: "Bra!", path: "/measures/m1",
    });
    expect(comment.text).toContain("åtgärden Laddinfrastruktur");
    expect(comment.text).not.toContain("tiltak");

    const nb = reminderMail({ name: "Ola", language: "nb" }, { ...reminder, councilName: "Hamarregionen IPR", organisationName: "Stange kommune" });
    expect(nb.subject).toBe("Påminnelse: rapportene for 2026 skal leveres innen 15. januar 2027");
    expect(nb.text).toContain("Disse rapportene for Stange kommune er ikke sendt inn ennå:");
    // Without the portal's address there are no links.
    expect(nb.text).not.toContain("http");
  });

  it("escapes every text in the HTML version and keeps the comment in both", () => {
    const hostile = "<script>alert('x')</script> & \"co\"";
    const mail = reviewMail({ name: hostile, language: "en" }, {
      outcome: "returned", reportId: "r/1", measureTitle: hostile, periodName: "2026", reviewerName: "Kari", comment: `Fix it\n${hostile}`,
    }, "https://samspill.example");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&#60;script&#62;");
    expect(mail.html).toContain('<a href="https://samspill.example/reports/r%2F1">');
    expect(mail.text).toContain(`> ${hostile}`);
    expect(mail.subject).toBe(`Your report on ${hostile} was returned`);
  });

  it("has every text in every language", () => {
    for (const language of LANGUAGES) {
      const recipient = { name: "X", language };
      const items = Array.from({ length: DIGEST_LIST_LIMIT + 2 }, (_, index) => ({
        measureTitle: `M${index}`, organisationName: "O", periodName: "P", late: index === 0,
      }));
      const mails = [
        reminderMail(recipient, { ...reminder, items: [{ measureTitle: "M", workflowStatus: "returned" }] }, "https://x.example"),
        reviewMail(recipient, { outcome: "approved", reportId: "r", measureTitle: "M", periodName: "P", reviewerName: "R", comment: null }),
        ...(["measure", "measure_part", "status_report"] as const).map((subjectType) =>
          commentMail(recipient, { subjectType, title: "M", organisationName: "O", authorName: "A", body: "B", path: "/" })),
        digestMail(recipient, { councilName: "C", awaiting: items, overdue: items.slice(0, 1) }),
      ];
      for (const mail of mails) {
        expect(mail.text).not.toMatch(/\{\{|notifications:|mail\./);
        expect(mail.subject.length).toBeGreaterThan(0);
      }
      const digest = mails.at(-1)?.text ?? "";
      expect(digest).toContain(`M${DIGEST_LIST_LIMIT - 1}`);
      expect(digest).not.toContain(`M${DIGEST_LIST_LIMIT}`);
    }
  });
});
