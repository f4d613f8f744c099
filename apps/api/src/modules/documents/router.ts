import { router } from "../../trpc/init.js";
import { downloadAnnualReport } from "./download-annual-report.js";
import { downloadProgramme } from "./download-programme.js";
import { getAnnualReportTexts } from "./get-annual-report-texts.js";
import { listAnnualReportPeriods } from "./list-annual-report-periods.js";
import { saveAnnualReportTexts } from "./save-annual-report-texts.js";

// Generated Word documents: each `file: true` procedure is also served as a download by
// `GET /api/files/documents.<name>?input=…`.
export const documentsRouter = router({
  programme: downloadProgramme,
  annualReport: downloadAnnualReport,
  annualReportPeriods: listAnnualReportPeriods,
  annualReportTexts: getAnnualReportTexts,
  saveAnnualReportTexts,
});
