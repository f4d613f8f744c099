import type { AppRouter } from "@samspill/api";
import type { inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>["notifications"];

export type Preferences = Outputs["getPreferences"];
export type OutboxItem = Outputs["listOutbox"]["items"][number];
export type OutboxMessage = Outputs["getOutboxMessage"];
export type OutboxState = OutboxItem["state"];
export type NoticeKind = OutboxItem["kind"];

export const OUTBOX_STATES: readonly OutboxState[] = ["pending", "sent", "failed", "held"];
export const NOTICE_KINDS: readonly NoticeKind[] = ["reminder", "report_returned", "report_approved", "comment", "digest"];
