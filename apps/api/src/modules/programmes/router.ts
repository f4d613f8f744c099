import { router } from "../../trpc/init.js";
import { addFocusArea } from "./add-focus-area.js";
import { addGoal } from "./add-goal.js";
import { addGoals } from "./add-goals.js";
import { addStructure } from "./add-structure.js";
import { copyForward } from "./copy-forward.js";
import { createProgramme } from "./create-programme.js";
import { diffProgramme } from "./diff-programme.js";
import { getProgramme } from "./get-programme.js";
import { listProgrammesByOwner } from "./list-programmes-by-owner.js";
import { listOwnProgrammes } from "./list-own-programmes.js";
import { listProgrammes } from "./list-programmes.js";
import { moveFocusArea } from "./move-focus-area.js";
import { removeFocusArea } from "./remove-focus-area.js";
import { removeGoal } from "./remove-goal.js";
import { removeRole } from "./remove-role.js";
import { setProgrammePublished } from "./set-programme-published.js";
import { setRole } from "./set-role.js";
import { startRevision } from "./start-revision.js";
import { updateFocusArea } from "./update-focus-area.js";
import { updateGoal } from "./update-goal.js";
import { updateProgramme } from "./update-programme.js";

export const programmesRouter = router({
  list: listProgrammes,
  get: getProgramme,
  listByOwner: listProgrammesByOwner,
  listOwn: listOwnProgrammes,
  create: createProgramme,
  update: updateProgramme,
  addFocusArea,
  addStructure,
  updateFocusArea,
  moveFocusArea,
  removeFocusArea,
  addGoal,
  addGoals,
  updateGoal,
  removeGoal,
  setRole,
  removeRole,
  setPublished: setProgrammePublished,
  startRevision,
  copyForward,
  diff: diffProgramme,
});
