import type { AppRouter } from "@samspill/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

// The shapes the statistics controls work on, taken from the API's router so they cannot drift.
type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

export type IndicatorWithSeries = Outputs["indicators"]["list"]["items"][number];
export type Binding = NonNullable<IndicatorWithSeries["binding"]>;
export type SourceRegions = Outputs["indicators"]["sourceRegions"];
export type BindSourceInput = Inputs["indicators"]["bindSource"];
export type ImportResult = Outputs["indicators"]["importValues"];
