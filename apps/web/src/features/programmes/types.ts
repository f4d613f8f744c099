import type { AppRouter } from "@samspill/api";
import type { inferRouterOutputs } from "@trpc/server";

// The shapes the pages render, taken from the API's router so they cannot drift from it.
type Outputs = inferRouterOutputs<AppRouter>;

export type ProgrammeListItem = Outputs["programmes"]["list"]["items"][number];
export type ProgrammeOwner = ProgrammeListItem["owner"];
export type ProgrammeDetail = Outputs["programmes"]["get"];
export type FocusAreaNode = ProgrammeDetail["focusAreas"][number];
export type MeasureSummary = ProgrammeDetail["unassignedMeasures"][number];
