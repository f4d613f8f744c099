// The secretariat's import of measures from Excel hangs under the programme it imports into.

export type ImportRoute = { name: "measureImport"; id: string } | { name: "structureImport"; id: string };

const PATH = /^\/programmes\/([^/]+)\/(import|import-programme)$/;

/** The import route, "notFound" for a malformed id, null for any other path. */
export function matchImportRoute(path: string): ImportRoute | "notFound" | null {
  const match = PATH.exec(path);
  if (!match?.[1]) return null;
  try {
    return { name: match[2] === "import" ? "measureImport" : "structureImport", id: decodeURIComponent(match[1]) };
  } catch {
    // A malformed escape such as %E0%A4%A cannot name any programme.
    return "notFound";
  }
}

export function importHref(route: ImportRoute): string {
  return `/programmes/${encodeURIComponent(route.id)}/${route.name === "measureImport" ? "import" : "import-programme"}`;
}
