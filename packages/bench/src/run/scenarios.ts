import type pg from "pg";
import { trpcGet, WRITE_HEADERS } from "./endpoints.js";
import { resetDrafts, type Fixtures } from "./fixtures.js";
import { measureLoad, type LoadRequest, type LoadResult } from "./load.js";

export type Cookies = Record<"secretariat" | "municipality_contributor" | "county_official" | "council_member", string>;

/**
 * Mixed read/write: every connection walks the pages of four roles in turn — dashboards, lists,
 * a measure, a programme, the public JSON — and saves its own draft report once a round (one
 * write in eight requests), carrying the version each save answers into the next.
 */
export async function mixedLoad(
  client: pg.ClientBase, url: string, f: Fixtures, cookies: Cookies, connections: number, seconds: number,
): Promise<LoadResult> {
  const drafts = await resetDrafts(client, f);
  if (drafts.length < connections) throw new Error(`The mixed load needs ${connections} drafts, the data has ${drafts.length}`);
  let next = 0;
  const get = (path: string, cookie: string | null): LoadRequest => ({ method: "GET", path, headers: cookie ? { cookie } : {} });
  type DraftContext = { draft?: { id: string; version: number }; saves?: number };
  const save: LoadRequest = {
    method: "POST", path: "/api/trpc/reports.saveDraft", headers: { ...WRITE_HEADERS, cookie: cookies.municipality_contributor },
    setupRequest: (req, context) => {
      const own = context as DraftContext;
      // A fresh context each round (autocannon's): the next draft, shared, with its latest version.
      own.draft ??= drafts[next++ % drafts.length]!;
      own.saves = (own.saves ?? 0) + 1;
      return { ...req, body: JSON.stringify({ id: own.draft.id, version: own.draft.version, progress: own.saves % 90,
        narrative: `Framdrift oppdatert (${own.saves}).` }) };
    },
    onResponse: (status, body, context) => {
      const own = context as DraftContext;
      if (status === 200 && own.draft) own.draft.version = (JSON.parse(body) as { result: { data: { version: number } } }).result.data.version;
    },
  };
  return measureLoad({
    url, connections, seconds,
    requests: [
      get(trpcGet("dashboards.council", { councilId: f.councilId }), cookies.secretariat),
      get(trpcGet("measures.list", { programmeId: f.programmeId, municipalityId: f.municipalityId, limit: 25 }), cookies.municipality_contributor),
      get(trpcGet("measures.get", { id: f.measureId }), cookies.municipality_contributor),
      get(trpcGet("reports.listForPeriod", { periodId: f.periodId, status: ["submitted"], limit: 50 }), cookies.secretariat),
      get(trpcGet("programmes.get", { id: f.smallProgrammeId }), cookies.council_member),
      get(`/api/public/v1/programmes/${f.smallProgrammeId}`, null),
      get(trpcGet("dashboards.county", { countyId: f.countyId }), cookies.county_official),
      save,
    ],
  });
}

export interface FilesResult {
  alone: LoadResult;
  withFiles: LoadResult;
  downloads: { name: string; count: number; seconds: number; bytes: number }[];
}

const FILES = (f: Fixtures) => [
  { name: "Word (documents.programme)", path: `/api/files/documents.programme?input=${encodeURIComponent(JSON.stringify({ programmeId: f.programmeId }))}` },
  { name: "Excel (spreadsheets.measures)", path: `/api/files/spreadsheets.measures?input=${encodeURIComponent(JSON.stringify({ programmeId: f.programmeId, format: "xlsx" }))}` },
  { name: "Excel (spreadsheets.programmeStructure)", path: `/api/files/spreadsheets.programmeStructure?input=${encodeURIComponent(JSON.stringify({ programmeId: f.programmeId }))}` },
];

/**
 * Pages while files are made: a light page (the measure page) at c=5 alone, then again while
 * one other user downloads the big programme's Word document and workbooks back to back.
 */
export async function pagesWhileFiles(url: string, f: Fixtures, cookies: Cookies, seconds: number): Promise<FilesResult> {
  const light = { url: url + trpcGet("measures.get", { id: f.measureId }), connections: 5, seconds, headers: { cookie: cookies.municipality_contributor } };
  const alone = await measureLoad(light);
  const files = FILES(f);
  const downloads = files.map((file) => ({ name: file.name, count: 0, seconds: 0, bytes: 0 }));
  const stop = new AbortController();
  const downloader = (async () => {
    for (let i = 0; !stop.signal.aborted; i++) {
      const k = i % files.length;
      const t0 = performance.now();
      try {
        const response = await fetch(url + files[k]!.path, { headers: { cookie: cookies.secretariat }, signal: stop.signal });
        const bytes = (await response.arrayBuffer()).byteLength;
        if (!response.ok) throw new Error(`${files[k]!.name}: ${response.status}`);
        downloads[k]!.count++;
        downloads[k]!.seconds += (performance.now() - t0) / 1000;
        downloads[k]!.bytes += bytes;
      } catch (error) {
        if (!stop.signal.aborted) throw error;
      }
    }
  })();
  // The first file is under way before the pages are measured.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const withFiles = await measureLoad(light);
  stop.abort();
  await downloader;
  return { alone, withFiles, downloads };
}
