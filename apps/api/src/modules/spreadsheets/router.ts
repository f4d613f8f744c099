import { router } from "../../trpc/init.js";
import { exportAgreements } from "./export-agreements.js";
import { exportMeasureTemplate } from "./export-measure-template.js";
import { exportMeasures } from "./export-measures.js";
import { exportProgrammeStructure, exportProgrammeStructureTemplate } from "./export-programme-structure.js";
import { exportReports } from "./export-reports.js";
import { importStructure } from "./import-structure.js";
import { previewStructureImport } from "./preview-structure-import.js";
import { importMeasures } from "./import-measures.js";
import { previewMeasureImport } from "./preview-measure-import.js";

export const spreadsheetsRouter = router({
  measures: exportMeasures,
  measureTemplate: exportMeasureTemplate,
  reports: exportReports,
  agreements: exportAgreements,
  previewMeasureImport,
  importMeasures,
  programmeStructure: exportProgrammeStructure,
  programmeStructureTemplate: exportProgrammeStructureTemplate,
  previewStructureImport,
  importStructure,
});
