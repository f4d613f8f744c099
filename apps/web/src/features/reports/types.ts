import type { AppRouter } from "@samspill/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

type Reports = inferRouterOutputs<AppRouter>["reports"];

export type Period = Reports["listPeriods"]["items"][number];
export type Overview = Reports["overview"];
export type OverviewItem = Overview["items"][number];
export type ReportingState = OverviewItem["state"];
/**
 * A row of the reporting overview: an expected report, with whether the reader may write it, or
 * a started report no current programme expects (its own page says what the reader may do).
 */
export type ReportingRow = Omit<OverviewItem, "viewer"> & Partial<Pick<OverviewItem, "viewer">>;
export type Report = Reports["get"];
export type QueueItem = Reports["listForPeriod"]["items"][number];

type SaveDraftInput = inferRouterInputs<AppRouter>["reports"]["saveDraft"];
type WithoutKind<T> = T extends unknown ? Omit<T, "kind"> : never;

/**
 * The API parses saveDraft's input with a function whose result carries a `kind` tag, so its
 * inferred input type asks for `kind` too; the strict schemas behind it refuse that key. The
 * client sends the schema's shape and this one cast bridges the inferred type.
 */
export function saveDraftInput(input: WithoutKind<SaveDraftInput>): SaveDraftInput {
  return input as SaveDraftInput;
}
