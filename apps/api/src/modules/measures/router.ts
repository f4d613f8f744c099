import { router } from "../../trpc/init.js";
import { addBudgetLine } from "./add-budget-line.js";
import { addMeasurePart } from "./add-measure-part.js";
import { createMeasure } from "./create-measure.js";
import { createMeasures } from "./create-measures.js";
import { deleteMeasure } from "./delete-measure.js";
import { getMeasure } from "./get-measure.js";
import { listMeasures } from "./list-measures.js";
import { listMunicipalityOptions } from "./list-municipality-options.js";
import { removeBudgetLine } from "./remove-budget-line.js";
import { removeMeasurePart } from "./remove-measure-part.js";
import { setMeasureGoals } from "./set-measure-goals.js";
import { setMeasureSdgGoals } from "./set-measure-sdg-goals.js";
import { updateBudgetLine } from "./update-budget-line.js";
import { updateMeasurePart } from "./update-measure-part.js";
import { updateMeasure } from "./update-measure.js";

export const measuresRouter = router({
  list: listMeasures,
  listMunicipalityOptions,
  get: getMeasure,
  create: createMeasure,
  createMany: createMeasures,
  update: updateMeasure,
  delete: deleteMeasure,
  setGoals: setMeasureGoals,
  setSdgGoals: setMeasureSdgGoals,
  addPart: addMeasurePart,
  updatePart: updateMeasurePart,
  removePart: removeMeasurePart,
  addBudgetLine,
  updateBudgetLine,
  removeBudgetLine,
});
