import { DomainError, type Country } from "@samspill/domain";
import type { OfficialKind, OfficialList } from "@samspill/reference";
import { recordAudit } from "../audit/audit.repository.js";
import type { Executor } from "../shared/executor.js";
import { inTransaction } from "../shared/transaction.js";
import { updateWithVersion } from "../shared/update-with-version.js";
import {
  holdersOf, planHolder, type ExistingOrganisation, type OfficialHolder, type OfficialValues, type SyncStep,
} from "./official-sync-plan.js";
import type { NewOrganisation } from "./organisation.table.js";

// Brings an installation's county and municipality organisations up to date with one
// country's official list (@samspill/reference): a new code becomes an organisation from its
// first day, a code that ended gets its last day (the row stays, so what was reported under it
// still points at it), a renamed code keeps its row under the new name. Used by the operator's
// `cli sync-organisations` and by the demo data.

export type InitialValues = Partial<Pick<NewOrganisation, "name" | "shortName" | "languageForm" | "slug" | "description" | "website">>;

export interface OfficialSyncOptions {
  /** The id of a new organisation; the database makes a random one when absent. */
  idFor?: (holder: OfficialHolder) => string;
  /** What a new organisation starts with besides the official columns, e.g. its language form. */
  initialValues?: (holder: OfficialHolder) => InitialValues | undefined;
  /**
   * Records every created or changed organisation in the audit log under this request id
   * (who ran it: there is no signed-in user). The demo data leaves it out, like all its rows.
   */
  audit?: { requestId: string };
}

export interface SyncedOrganisation {
  id: string;
  kind: OfficialKind;
  code: string;
  name: string;
}

export interface OfficialSyncReport {
  country: Country;
  created: (SyncedOrganisation & Pick<OfficialValues, "validFrom" | "validTo">)[];
  updated: (SyncedOrganisation & { before: Partial<OfficialValues>; after: Partial<OfficialValues> })[];
  unchanged: number;
  /** Rows holding a code the list does not know in its span: left as they are, for the operator to look at. */
  unlisted: SyncedOrganisation[];
}

const KINDS: readonly OfficialKind[] = ["county", "municipality"];
const CHUNK = 500;

export async function syncOfficialOrganisations(db: Executor, list: OfficialList, options: OfficialSyncOptions = {}): Promise<OfficialSyncReport> {
  return inTransaction(db, async (trx) => {
    const report: OfficialSyncReport = { country: list.country, created: [], updated: [], unchanged: 0, unlisted: [] };
    const claimed = new Set<string>();
    for (const kind of KINDS) {
      const rows = await codedRows(trx, list.country);
      const steps: SyncStep[] = [];
      for (const holder of holdersOf(list, kind)) {
        const countyId = kind === "municipality" ? countyIdOf(holder, rows) : null;
        const step = planHolder(holder, rows.filter((row) => !claimed.has(row.id)), countyId);
        if (step.action !== "create") claimed.add(step.row.id);
        steps.push(step);
      }
      report.unchanged += steps.filter((step) => step.action === "keep").length;
      // Rows that shrink go first, so a code's next holder never meets the exclusion constraint.
      const updates = steps.flatMap((step) => (step.action === "update" ? [step] : [])).sort((a, b) => shrinks(b) - shrinks(a));
      for (const step of updates) report.updated.push(await applyUpdate(trx, step, options));
      const creates = steps.flatMap((step) => (step.action === "create" ? [step] : []));
      report.created.push(...(await applyCreates(trx, list.country, creates, options)));
    }
    for (const created of report.created) claimed.add(created.id);
    report.unlisted = (await codedRows(trx, list.country))
      .filter((row) => !claimed.has(row.id))
      .filter((row) => row.validTo === null || row.validTo >= list.from)
      .map((row) => ({ id: row.id, kind: row.kind as OfficialKind, code: row.code ?? "", name: row.name }));
    return report;
  });
}

async function codedRows(trx: Executor, country: Country): Promise<ExistingOrganisation[]> {
  return trx.selectFrom("organisation")
    .select(["id", "kind", "country", "code", "name", "countyId", "validFrom", "validTo", "version"])
    .where("country", "=", country).where("code", "is not", null)
    .orderBy("code").orderBy("validFrom").execute();
}

/** The county whose code a municipality's number starts with, on the municipality's first day. */
function countyIdOf(holder: OfficialHolder, rows: readonly ExistingOrganisation[]): string {
  const county = rows.find((row) => row.kind === "county" && row.code === holder.code.slice(0, 2) &&
    row.validFrom <= holder.validFrom && (row.validTo === null || row.validTo >= holder.validFrom));
  if (!county) {
    throw new DomainError("INVALID_STATE", {
      reason: "official_county_missing",
      params: { country: holder.country, code: holder.code, county: holder.code.slice(0, 2), on: holder.validFrom },
    });
  }
  return county.id;
}

function shrinks(step: Extract<SyncStep, { action: "update" }>): number {
  const { patch, row } = step;
  const endsEarlier = patch.validTo !== undefined && patch.validTo !== null && (row.validTo === null || patch.validTo < row.validTo);
  const startsLater = patch.validFrom !== undefined && patch.validFrom > row.validFrom;
  return endsEarlier || startsLater ? 1 : 0;
}

async function applyUpdate(trx: Executor, step: Extract<SyncStep, { action: "update" }>, options: OfficialSyncOptions) {
  const { row, patch, holder } = step;
  const before = Object.fromEntries(Object.keys(patch).map((key) => [key, row[key as keyof OfficialValues]])) as Partial<OfficialValues>;
  const updated = await updateWithVersion(trx, "organisation", row.id, row.version, patch);
  if (options.audit) {
    await recordAudit(trx, {
      actorId: null, organisationId: row.id, action: "organisation.updated", subjectType: "organisation", subjectId: row.id,
      before: { code: row.code, ...before }, after: { code: row.code, ...patch }, requestId: options.audit.requestId,
    });
  }
  return { id: row.id, kind: holder.kind, code: holder.code, name: updated.name, before, after: patch };
}

async function applyCreates(
  trx: Executor, country: Country, steps: Extract<SyncStep, { action: "create" }>[], options: OfficialSyncOptions,
): Promise<OfficialSyncReport["created"]> {
  const created: OfficialSyncReport["created"] = [];
  for (let start = 0; start < steps.length; start += CHUNK) {
    const chunk = steps.slice(start, start + CHUNK);
    const rows = await trx.insertInto("organisation").values(chunk.map(({ holder, values }) => ({
      ...(options.idFor ? { id: options.idFor(holder) } : {}),
      kind: holder.kind, country, code: holder.code, languageForm: country === "SE" ? ("sv" as const) : ("nb" as const),
      ...values,
      ...options.initialValues?.(holder),
    }))).returning(["id", "kind", "code", "name", "countyId", "validFrom", "validTo"]).execute();
    for (const row of rows) {
      const summary = { id: row.id, kind: row.kind as OfficialKind, code: row.code ?? "", name: row.name, validFrom: row.validFrom, validTo: row.validTo };
      created.push(summary);
      if (options.audit) {
        await recordAudit(trx, {
          actorId: null, organisationId: row.id, action: "organisation.created", subjectType: "organisation", subjectId: row.id,
          after: { kind: row.kind, country, code: row.code, name: row.name, countyId: row.countyId, validFrom: row.validFrom, validTo: row.validTo },
          requestId: options.audit.requestId,
        });
      }
    }
  }
  return created;
}
