import { syncOfficialOrganisations, type Db, type Executor, type OfficialSyncReport } from "@samspill/db";
import { DomainError } from "@samspill/domain";
import { addDays, LIST_COUNTRIES, readReferenceLists, type ListCountry, type OfficialList } from "@samspill/reference";

// `cli sync-organisations --country NO [--country SE] [--dry-run]`: brings the installation's
// county and municipality organisations up to date with the official lists in the repository
// (@samspill/reference, refreshed by its `refresh` command), in one transaction, with an audit
// event per created or changed organisation recorded under this command.

export const SYNC_REQUEST_ID = "cli:sync-organisations";

export interface SyncOrganisationsArgs {
  countries: readonly string[];
  dryRun?: boolean | undefined;
  /** The lists to apply; the repository's own unless given. */
  lists?: Record<ListCountry, OfficialList>;
}

export interface SyncOrganisationsResult {
  results: { list: OfficialList; report: OfficialSyncReport }[];
  dryRun: boolean;
}

function parseCountries(countries: readonly string[]): ListCountry[] {
  if (countries.length === 0) {
    throw new DomainError("INVALID_INPUT", { reason: "country_required", params: { field: "country", allowed: LIST_COUNTRIES.join(", ") } });
  }
  return [...new Set(countries.map((country) => {
    if (!(LIST_COUNTRIES as readonly string[]).includes(country)) {
      throw new DomainError("INVALID_INPUT", { reason: "unknown_country", params: { field: "country", country, allowed: LIST_COUNTRIES.join(", ") } });
    }
    return country as ListCountry;
  }))];
}

/** Thrown to roll a dry run back once every step has run against the database. */
class DryRun extends Error {
  constructor(readonly results: SyncOrganisationsResult["results"]) {
    super("dry run");
  }
}

export async function syncOrganisationsCommand(db: Db, args: SyncOrganisationsArgs): Promise<SyncOrganisationsResult> {
  const countries = parseCountries(args.countries);
  const lists = args.lists ?? readReferenceLists().official;
  const apply = async (executor: Executor) => {
    const results: SyncOrganisationsResult["results"] = [];
    for (const country of countries) {
      const list = lists[country];
      results.push({ list, report: await syncOfficialOrganisations(executor, list, { audit: { requestId: SYNC_REQUEST_ID } }) });
    }
    return results;
  };
  if (!args.dryRun) return { results: await db.transaction().execute(apply), dryRun: false };
  const results = await db.transaction()
    .execute(async (trx) => {
      throw new DryRun(await apply(trx));
    })
    .catch((error: unknown) => {
      if (error instanceof DryRun) return error.results;
      throw error;
    });
  return { results, dryRun: true };
}

/** The codes that took over from one that ended, from the list's changes ("3035 → 3240 Eidsvoll"). */
function successorsOf(list: OfficialList, code: string, validTo: string | null | undefined): string[] {
  if (!validTo) return [];
  return list.changes
    .filter((change) => change.oldCode === code && change.newCode !== code && change.changeOccurred === addDays(validTo, 1))
    .map((change) => `${change.newCode ?? ""} ${change.newName ?? ""}`);
}

/** What the operator reads: per country the totals, then one line per organisation that changed. */
export function describeSync(result: SyncOrganisationsResult): string {
  const lines: string[] = [];
  for (const { list, report } of result.results) {
    lines.push(`${list.country}: lists from ${list.from}, valid on ${list.date} (${list.source}, ${list.licence})`);
    lines.push(`  ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged} unchanged`);
    for (const created of report.created) {
      lines.push(`  + ${created.code} ${created.name} (${created.kind}) ${created.validFrom}–${created.validTo ?? ""}`);
    }
    for (const updated of report.updated) {
      const fields = Object.entries(updated.after)
        .map(([key, value]) => `${key} ${String(updated.before[key as keyof typeof updated.before] ?? "–")} → ${String(value ?? "–")}`);
      const successors = successorsOf(list, updated.code, updated.after.validTo);
      lines.push(`  ~ ${updated.code} ${updated.name}: ${fields.join(", ")}${successors.length > 0 ? ` (continued by ${successors.join(", ")})` : ""}`);
    }
    for (const unlisted of report.unlisted) {
      lines.push(`  ? ${unlisted.code} ${unlisted.name} (${unlisted.id}) is not in the lists; left as it is`);
    }
  }
  if (result.dryRun) lines.push("Dry run: nothing was written.");
  return lines.join("\n");
}
