import type { AppRouter } from "@samspill/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

// The shapes the measure screens render, taken from the API's router so they cannot drift.
type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

export type MeasureDetail = Outputs["measures"]["get"];
export type MeasurePart = MeasureDetail["parts"][number];
export type Indicator = MeasureDetail["indicators"][number];
export type ProgrammeGrid = Outputs["measures"]["programmeGrid"];
export type MeasureListItem = Outputs["measures"]["list"]["items"][number];
export type MeasureListInput = Inputs["measures"]["list"];
export type UpdateMeasureInput = Inputs["measures"]["update"];
export type UpdatePartInput = Inputs["measures"]["updatePart"];
