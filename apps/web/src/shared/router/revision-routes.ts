// The rolling revision's screens hang under a programme version: its versions, what changed
// since the version before it, adopting it, and starting the next period's programme from it.

export type RevisionRoute =
  | { name: "programmeVersions"; id: string }
  | { name: "programmeDiff"; id: string }
  | { name: "programmeAdopt"; id: string }
  | { name: "programmeCopyForward"; id: string };

const PATH = /^\/programmes\/([^/]+)\/(versions|diff|adopt|copy-forward)$/;
const NAMES = { versions: "programmeVersions", diff: "programmeDiff", adopt: "programmeAdopt", "copy-forward": "programmeCopyForward" } as const;

/** A revision route, "notFound" for a malformed id, null for any other path. */
export function matchRevisionRoute(path: string): RevisionRoute | "notFound" | null {
  const match = PATH.exec(path);
  if (!match?.[1] || !match[2]) return null;
  try {
    return { name: NAMES[match[2] as keyof typeof NAMES], id: decodeURIComponent(match[1]) };
  } catch {
    // A malformed escape such as %E0%A4%A cannot name any programme.
    return "notFound";
  }
}

const SUFFIX = { programmeVersions: "versions", programmeDiff: "diff", programmeAdopt: "adopt", programmeCopyForward: "copy-forward" } as const;

export function revisionHref(route: RevisionRoute): string {
  return `/programmes/${encodeURIComponent(route.id)}/${SUFFIX[route.name]}`;
}
