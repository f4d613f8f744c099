import { router } from "../../trpc/init.js";
import { approveReport } from "./approve-report.js";
import { createPeriod } from "./create-period.js";
import { getReport } from "./get-report.js";
import { listForPeriod } from "./list-for-period.js";
import { listPeriods } from "./list-periods.js";
import { overview } from "./reporting-overview.js";
import { returnReport } from "./return-report.js";
import { saveDraft } from "./save-draft.js";
import { submitReport } from "./submit-report.js";
import { updatePeriod } from "./update-period.js";

export const reportsRouter = router({
  listPeriods,
  createPeriod,
  updatePeriod,
  listForPeriod,
  get: getReport,
  saveDraft,
  submit: submitReport,
  return: returnReport,
  approve: approveReport,
  overview,
});
