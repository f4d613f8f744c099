import {
  CreateStatusReportInputSchema, UpdateStatusReportInputSchema, type CreateStatusReportInput, type UpdateStatusReportInput,
} from "@samspill/domain";

export type SaveDraftInput = ({ kind: "create" } & CreateStatusReportInput) | ({ kind: "update" } & UpdateStatusReportInput);

/**
 * One procedure saves a draft whether it exists or not: with an `id` (and the `version` read)
 * the content of that report is updated, without one a report is started for the period and
 * measure or part. Each case is checked by the domain's own schema, so field paths stay exact.
 */
export function parseSaveDraftInput(raw: unknown): SaveDraftInput {
  const isUpdate = typeof raw === "object" && raw !== null && "id" in raw;
  return isUpdate
    ? { kind: "update", ...UpdateStatusReportInputSchema.parse(raw) }
    : { kind: "create", ...CreateStatusReportInputSchema.parse(raw) };
}
