import { inTransaction, listBoundIndicators, recordAudit, type Executor } from "@samspill/db";
import { isDomainError } from "@samspill/domain";
import type { StatisticsClients } from "@samspill/statistics";
import { isoDay } from "../../trpc/context.js";
import { placeOfOwner } from "./indicator-access.js";
import { fetchValues, planImport, writeValues } from "./source-import.js";

// The scheduled import: every indicator bound to SSB or Kolada in a programme that still runs,
// one after the other (SSB's pacing applies), each in its own transaction, so one failing
// source or binding does not stop the others and leaves its own values as they were.

export type BoundImportResult =
  | { indicatorId: string; imported: number }
  | { indicatorId: string; failed: string };

export async function importBoundIndicators(db: Executor, clients: StatisticsClients, now: Date): Promise<BoundImportResult[]> {
  const results: BoundImportResult[] = [];
  for (const indicator of await listBoundIndicators(db)) {
    try {
      const plan = await planImport(db, indicator, isoDay(now));
      const values = await fetchValues(clients, plan, now);
      const imported = await inTransaction(db, async (trx) => {
        const count = await writeValues(trx, indicator.id, plan.binding.source, values, now);
        const place = await placeOfOwner(trx, indicator);
        await recordAudit(trx, {
          actorId: null, organisationId: place.organisationId, action: "indicator.values_imported",
          subjectType: "indicator", subjectId: indicator.id, before: null,
          after: { source: plan.binding.source, imported: count, importedAt: now.toISOString() }, requestId: null,
        });
        return count;
      });
      results.push({ indicatorId: indicator.id, imported });
    } catch (error) {
      // The reason (source_rate_limited, no_source_regions …) is what an operator needs to see.
      results.push({ indicatorId: indicator.id, failed: isDomainError(error) ? (error.reason ?? error.code) : String(error) });
    }
  }
  return results;
}
