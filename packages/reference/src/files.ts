import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import {
  CodeChangeSchema, CodeEntrySchema, ListSourcesSchema, problemsOf,
  type ListCountry, type OfficialList,
} from "./lists.js";

// Where the lists live in data/ and how they are read. Every list file is UTF-8 JSON, an array
// with one entry per line (so a refresh shows in a diff line by line), sorted by code and period.

export const CouncilEntrySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  county: z.string().regex(/^\d{2}$/),
  members: z.array(z.string().regex(/^\d{4}$/)),
});
export type CouncilEntry = z.infer<typeof CouncilEntrySchema>;

export const SOURCES_FILE = "sources.json";
export const COUNCILS_FILE = "no-regional-councils-innlandet.json";

/** The files of one country's list, e.g. `no-municipalities.json`. */
export function listFiles(country: ListCountry): { counties: string; municipalities: string; changes: string } {
  const prefix = country.toLowerCase();
  return {
    counties: `${prefix}-counties.json`,
    municipalities: `${prefix}-municipalities.json`,
    changes: `${prefix}-changes.json`,
  };
}

/** The folder that holds the lists, inside this package. */
export const referenceDataDir = fileURLToPath(new URL("../data/", import.meta.url));

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const path = `${dir.replace(/\/+$/, "")}/${file}`;
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join(".") ?? ""} ${issue?.message ?? "is not valid"}`);
  }
  return parsed.data;
}

/** One country's list as the files in `dir` hold it, refused when it does not hold together. */
export function readOfficialList(country: ListCountry, dir: string = referenceDataDir): OfficialList {
  const files = listFiles(country);
  const source = readJson(dir, SOURCES_FILE, ListSourcesSchema)[country];
  if (!source) throw new Error(`${dir}: ${SOURCES_FILE} names no source for ${country}`);
  const list: OfficialList = {
    country,
    ...source,
    counties: readJson(dir, files.counties, z.array(CodeEntrySchema)),
    municipalities: readJson(dir, files.municipalities, z.array(CodeEntrySchema)),
    changes: readJson(dir, files.changes, z.array(CodeChangeSchema)),
  };
  const problems = problemsOf(list);
  if (problems.length > 0) throw new Error(`${dir}: the ${country} list does not hold together: ${problems.slice(0, 5).join("; ")}`);
  return list;
}

export interface ReferenceLists {
  official: Record<ListCountry, OfficialList>;
  /** The regional councils of Innlandet and Gardermoregionen with their members' numbers. */
  councils: CouncilEntry[];
}

export function readReferenceLists(dir: string = referenceDataDir): ReferenceLists {
  return {
    official: { NO: readOfficialList("NO", dir), SE: readOfficialList("SE", dir) },
    councils: readJson(dir, COUNCILS_FILE, z.array(CouncilEntrySchema)),
  };
}
