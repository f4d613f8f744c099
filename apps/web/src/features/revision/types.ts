import type { AppRouter } from "@samspill/api";
import type { inferRouterOutputs } from "@trpc/server";

// The shapes the revision screens render, taken from the API's router so they cannot drift.
type Outputs = inferRouterOutputs<AppRouter>;

export type ProgrammeDiff = Outputs["programmes"]["diff"];
export type VersionRow = Outputs["programmes"]["listByOwner"]["items"][number];
export type DiffFocusArea = ProgrammeDiff["focusAreas"]["added"][number];
export type DiffGoal = ProgrammeDiff["goals"]["added"][number];
export type DiffMeasure = ProgrammeDiff["measures"]["added"][number];
/** What every row of the diff has in common: enough to name it. */
export interface DiffRow {
  id: string;
  title: string;
}
