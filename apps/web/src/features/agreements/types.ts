import type { AppRouter } from "@samspill/api";
import type { inferRouterOutputs } from "@trpc/server";

// The agreement pages' shapes, taken from the API's router so they cannot drift from it.
type Outputs = inferRouterOutputs<AppRouter>;

export type AgreementDetail = Outputs["agreements"]["get"];
export type Obligation = AgreementDetail["obligations"][number];
