import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listFiles, SOURCES_FILE } from "../files.js";
import { ListSourcesSchema, type ListSource, type OfficialList } from "../lists.js";

/** A JSON array with one entry per line, so that a refresh reads as a line-by-line diff. */
export function formatList(entries: readonly object[]): string {
  if (entries.length === 0) return "[]\n";
  return `[\n${entries.map((entry) => `  ${JSON.stringify(entry)}`).join(",\n")}\n]\n`;
}

function sourceOf(list: OfficialList): ListSource {
  return { source: list.source, licence: list.licence, from: list.from, date: list.date };
}

/**
 * Writes the lists' files into `dir`, and their sources into sources.json (keeping the other
 * country's). Each file is written beside its target and renamed over it, so a file is never
 * left half-written.
 */
export function writeLists(dir: string, lists: readonly OfficialList[]): string[] {
  mkdirSync(dir, { recursive: true });
  const sourcesPath = join(dir, SOURCES_FILE);
  const sources: Partial<Record<OfficialList["country"], ListSource>> = existsSync(sourcesPath)
    ? ListSourcesSchema.parse(JSON.parse(readFileSync(sourcesPath, "utf8")))
    : {};
  const written: string[] = [];
  const write = (file: string, content: string) => {
    const path = join(dir, file);
    writeFileSync(`${path}.tmp`, content, "utf8");
    renameSync(`${path}.tmp`, path);
    written.push(file);
  };
  for (const list of lists) {
    const files = listFiles(list.country);
    write(files.counties, formatList(list.counties));
    write(files.municipalities, formatList(list.municipalities));
    write(files.changes, formatList(list.changes));
    sources[list.country] = sourceOf(list);
  }
  write(SOURCES_FILE, `${JSON.stringify({ NO: sources.NO, SE: sources.SE }, null, 2)}\n`);
  return written;
}
