import { router } from "../../trpc/init.js";
import { bindSource } from "./bind-source.js";
import { createIndicator } from "./create-indicator.js";
import { deleteIndicator } from "./delete-indicator.js";
import { getIndicator } from "./get-indicator.js";
import { importValues } from "./import-values.js";
import { listIndicators } from "./list-indicators.js";
import { recordValue } from "./record-value.js";
import { removeValue } from "./remove-value.js";
import { sourceRegions } from "./source-regions.js";
import { updateIndicator } from "./update-indicator.js";

export const indicatorsRouter = router({
  list: listIndicators,
  get: getIndicator,
  create: createIndicator,
  update: updateIndicator,
  delete: deleteIndicator,
  recordValue,
  removeValue,
  bindSource,
  sourceRegions,
  importValues,
});
