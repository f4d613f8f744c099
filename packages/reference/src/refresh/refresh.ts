import { existsSync } from "node:fs";
import { join } from "node:path";
import { listFiles, readOfficialList } from "../files.js";
import { KlassClient } from "../klass-client.js";
import { entriesOn, LIST_COUNTRIES, type ListCountry, type OfficialList } from "../lists.js";
import { ScbClient } from "../scb-client.js";
import type { Fetch } from "../http.js";
import { fetchNorway } from "./norway.js";
import { fetchSweden } from "./sweden.js";
import { writeLists } from "./write-lists.js";

export interface RefreshOptions {
  /** Where the lists are written (and Sweden's previous list is read from). */
  dataDir: string;
  countries?: readonly ListCountry[];
  /** The first day of the history (Norway; Sweden's first listing). */
  from: string;
  /** The day the lists are to be valid on. */
  date: string;
  ssbUrl?: string;
  scbUrl?: string;
  fetch?: Fetch;
  timeoutMs?: number;
}

export interface RefreshSummary {
  lists: OfficialList[];
  written: string[];
}

/**
 * Fetches every asked-for list, checks each, and only then writes them all: a source that
 * fails or answers something malformed leaves every file as it was.
 */
export async function refreshReferenceLists(options: RefreshOptions): Promise<RefreshSummary> {
  if (options.from >= options.date) throw new RangeError(`--from (${options.from}) must come before --date (${options.date})`);
  const countries = options.countries ?? LIST_COUNTRIES;
  const http = { ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) };
  const lists: OfficialList[] = [];
  if (countries.includes("NO")) {
    const client = new KlassClient({ ...http, ...(options.ssbUrl ? { baseUrl: options.ssbUrl } : {}) });
    lists.push(await fetchNorway(client, { from: options.from, date: options.date }));
  }
  if (countries.includes("SE")) {
    const client = new ScbClient({ ...http, ...(options.scbUrl ? { baseUrl: options.scbUrl } : {}) });
    const previous = existsSync(join(options.dataDir, listFiles("SE").municipalities)) ? readOfficialList("SE", options.dataDir) : undefined;
    lists.push(await fetchSweden(client, previous, { from: options.from, date: options.date }));
  }
  return { lists, written: writeLists(options.dataDir, lists) };
}

/** One line per list for the operator, e.g. "NO 2020-01-01–2025-12-31: 15 counties, 357 municipalities on …". */
export function describeList(list: OfficialList): string {
  const counties = entriesOn(list.counties, list.date).length;
  const municipalities = entriesOn(list.municipalities, list.date).length;
  return `${list.country} ${list.from} to ${list.date}: ${counties} counties and ${municipalities} municipalities valid on ` +
    `${list.date} (${list.counties.length} and ${list.municipalities.length} periods in all), ${list.changes.length} changes`;
}
