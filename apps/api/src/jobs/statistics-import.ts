import type { Db } from "@samspill/db";
import type { StatisticsClients } from "@samspill/statistics";
import type { PgBoss } from "pg-boss";
import { importBoundIndicators } from "../modules/indicators/import-bound-indicators.js";

// The daily import of indicators bound to SSB or Kolada, early in the morning before anyone
// reads the charts. SSB's pacing applies inside the clients; each indicator is its own
// transaction, so one failing source leaves the others' figures fresh.

export const STATISTICS_JOB = "samspill-statistics-import";
export const STATISTICS_SCHEDULE = "30 5 * * *";

export async function scheduleStatisticsImport(
  boss: PgBoss,
  options: { db: Db; statistics: StatisticsClients; now: () => Date; timeZone: string; onFailed?: (failed: string[]) => void },
): Promise<void> {
  await boss.createQueue(STATISTICS_JOB, { policy: "singleton", retryLimit: 2, retryDelay: 600, expireInSeconds: 3600 });
  await boss.work(STATISTICS_JOB, async () => {
    const results = await importBoundIndicators(options.db, options.statistics, options.now());
    const failed = results.flatMap((result) => ("failed" in result ? [`${result.indicatorId}: ${result.failed}`] : []));
    if (failed.length > 0) options.onFailed?.(failed);
  });
  await boss.schedule(STATISTICS_JOB, STATISTICS_SCHEDULE, null, { tz: options.timeZone });
}
