import type { AppRouter } from "@samspill/api";
import type { inferRouterOutputs } from "@trpc/server";

// The dashboards' shapes, taken from the API's router so they cannot drift from it.
type Outputs = inferRouterOutputs<AppRouter>;

export type CouncilDashboard = Outputs["dashboards"]["council"];
export type CountyDashboard = Outputs["dashboards"]["county"];
export type OverdueReport = CouncilDashboard["overdueReports"][number];
export type CountyAgreement = CountyDashboard["agreements"][number];
export type Compliance = CountyDashboard["compliance"][number];
