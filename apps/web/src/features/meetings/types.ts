import type { AppRouter } from "@samspill/api";
import type { inferRouterOutputs } from "@trpc/server";

// The meeting pages' shapes, taken from the API's router so they cannot drift from it.
type Outputs = inferRouterOutputs<AppRouter>;

export type MeetingListItem = Outputs["meetings"]["list"]["items"][number];
export type MeetingDetail = Outputs["meetings"]["get"];
export type AgendaItem = MeetingDetail["agendaItems"][number];
export type Decision = AgendaItem["decisions"][number];
export type DecisionLinkView = Decision["links"][number];
