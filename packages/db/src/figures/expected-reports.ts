import { sql, type ExpressionBuilder } from "kysely";
import { ADOPTED_PROGRAMME_STATUSES } from "@samspill/domain";
import type { Database } from "../client/database.js";
import type { Executor } from "../shared/executor.js";

// The one definition of an expected report (packages/domain/FIGURES.md, "Expected reports"),
// as a query every reporting figure starts from: the secretariat's overview, the dashboards,
// the annual report, the reports workbook, reminders and the digest.
//
// A report is expected from a measure — or, for a measure with parts, from each part and not
// from the measure too — in a reporting period of the council that owns its programme when
//  1. the programme is in force in the period: adopted (superseded since or not), started by
//     the period's end, and no adopted revision of it has started by the period's end — so one
//     version of a programme answers for each period, and follow-up goes on past the
//     programme's nominal end until a revision takes over;
//  2. the measure's time frame overlaps the period (a missing start or end is the programme's);
//  3. the measure or part was not reported completed or cancelled in an approved report of an
//     earlier period.

type Tables = Database & {
  p: Database["reportingPeriod"];
  pr: Database["programme"];
  m: Database["measure"];
  mp: Database["measurePart"];
};

const adopted = [...ADOPTED_PROGRAMME_STATUSES];

/** No adopted revision of the programme had started by the period's end. */
function notRevisedYet(eb: ExpressionBuilder<Tables, "p" | "pr">) {
  return eb.not(
    eb.exists(
      eb
        .selectFrom("programme as successor")
        .select(sql.lit(1).as("one"))
        .whereRef("successor.predecessorId", "=", "pr.id")
        .where("successor.status", "in", adopted)
        .whereRef("successor.periodStart", "<=", "p.periodEnd"),
    ),
  );
}

/** Not reported completed or cancelled, for the measure or this part, in an approved report of an earlier period. */
function notClosedBefore(eb: ExpressionBuilder<Tables, "p" | "m" | "mp">) {
  return eb.not(
    eb.exists(
      eb
        .selectFrom("statusReport as closing")
        .innerJoin("reportingPeriod as earlier", "earlier.id", "closing.periodId")
        .select(sql.lit(1).as("one"))
        .whereRef("closing.measureId", "=", "m.id")
        .where((inner) => inner.or([inner("closing.partId", "is", null), inner("closing.partId", "=", inner.ref("mp.id"))]))
        .where("closing.workflowStatus", "=", "approved")
        .where("closing.measureStatus", "in", ["completed", "cancelled"])
        .whereRef("earlier.periodEnd", "<", "p.periodStart"),
    ),
  );
}

/**
 * Every expected report of every reporting period, one row per period and measure or part, with
 * the report on it when one was started (`r`, left joined). Callers narrow it by period, council
 * or county and choose their columns.
 */
export function expectedReports(db: Executor) {
  return db
    .selectFrom("reportingPeriod as p")
    .innerJoin("programme as pr", (join) =>
      join
        .onRef("pr.ownerId", "=", "p.councilId")
        .on("pr.status", "in", adopted)
        .onRef("pr.periodStart", "<=", "p.periodEnd"),
    )
    .innerJoin("measure as m", (join) =>
      join
        .onRef("m.programmeId", "=", "pr.id")
        .on(sql<boolean>`coalesce(m.start_date, pr.period_start) <= p.period_end`)
        .on(sql<boolean>`coalesce(m.end_date, pr.period_end) >= p.period_start`),
    )
    .leftJoin("measurePart as mp", "mp.measureId", "m.id")
    .leftJoin("statusReport as r", (join) =>
      join
        .onRef("r.periodId", "=", "p.id")
        .onRef("r.measureId", "=", "m.id")
        .on(sql<boolean>`r.part_id is not distinct from mp.id`),
    )
    .where((eb) => eb.and([notRevisedYet(eb), notClosedBefore(eb)]));
}

/** Who writes an expected report: the part's municipality, or the measure's owner. */
export const reporterId = sql<string>`coalesce(mp.municipality_id, m.owner_id)`;
