import { hrefFor } from "../../shared/router/routes";
import type { ReportingRow } from "./types";

/** Where a row of the overview leads: its report if one is started, else a new one for it. */
export function taskHref(item: ReportingRow, periodId: string): string {
  if (item.reportId) return hrefFor({ name: "report", id: item.reportId });
  return hrefFor({ name: "reportNew", periodId, measureId: item.measureId, ...(item.partId ? { partId: item.partId } : {}) });
}

export function taskAction(item: ReportingRow): "write" | "continue" | "fix" | "open" {
  if (item.state === "missing") return "write";
  if (item.state === "draft") return "continue";
  if (item.state === "returned") return "fix";
  return "open";
}
