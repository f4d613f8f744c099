import { Paragraph, TextRun } from "docx";
import type { AnnualReportData } from "./annual-report-data.js";
import type { DocumentFormat } from "./document-format.js";
import { heading, paragraph, type Block } from "./word-kit.js";

// The last section: how the report was approved, place and date, and who signs it, as the
// secretariat wrote them in the portal. What is not written yet is a line to fill in by hand,
// so a printed copy can still be signed.

const BLANK = "________________________";

export function signature(data: AnnualReportData, format: DocumentFormat): Block[] {
  const t = format.t;
  const texts = data.texts;
  const approval = texts?.approval.trim() ?? "";
  const place = texts?.place.trim() ?? "";
  const date = texts?.signedOn ? format.date(texts.signedOn) : "";
  const placeAndDate = [place, date].filter((part) => part !== "").join(", ");
  const name = texts?.signatoryName.trim() ?? "";
  const role = texts?.signatoryTitle.trim() ?? "";
  return [
    heading(1, t("documents:annualReport.signature")),
    ...(approval ? [paragraph(approval, { keepNext: true })] : []),
    paragraph(placeAndDate || `${t("documents:annualReport.placeAndDate")}: ${BLANK}`, { keepNext: true }),
    // Room for the handwritten signature, kept on the page with the name under it.
    new Paragraph({ keepNext: true, spacing: { before: 720, after: 0 }, children: [new TextRun(BLANK)] }),
    new Paragraph({
      keepNext: true,
      spacing: { after: 0 },
      children: [new TextRun({ text: name || t("documents:annualReport.signatory"), bold: name !== "" })],
    }),
    ...(role ? [paragraph(role, { keepNext: true })] : []),
    paragraph(data.council.name),
  ];
}
