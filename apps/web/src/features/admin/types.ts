import type { AppRouter } from "@samspill/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

// The shapes the admin screens render and send, taken from the API's router.
type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

export type OrganisationListItem = Outputs["organisations"]["list"]["items"][number];
export type OrganisationDetail = Outputs["organisations"]["get"];
export type MembershipItem = Outputs["organisations"]["listMemberships"]["items"][number];
export type UserListItem = Outputs["users"]["list"]["items"][number];
export type CreateOrganisationInput = Inputs["organisations"]["create"];
export type UpdateUserInput = Inputs["users"]["update"];
