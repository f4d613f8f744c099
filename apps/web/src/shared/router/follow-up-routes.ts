// Agreements and meetings: a list and one page each, the id in the path so that every
// agreement and meeting has its own address.

export type FollowUpRoute =
  | { name: "agreements" }
  | { name: "agreement"; id: string }
  | { name: "meetings" }
  | { name: "meeting"; id: string };

const PATH = /^\/(agreements|meetings)(?:\/([^/]+))?$/;

/** An agreement or meeting route, "notFound" for a malformed id, null for any other path. */
export function matchFollowUpRoute(path: string): FollowUpRoute | "notFound" | null {
  const match = PATH.exec(path);
  if (!match) return null;
  const list = match[1] === "agreements" ? "agreements" : "meetings";
  if (!match[2]) return { name: list };
  try {
    const id = decodeURIComponent(match[2]);
    return list === "agreements" ? { name: "agreement", id } : { name: "meeting", id };
  } catch {
    // A malformed escape such as %E0%A4%A cannot name anything.
    return "notFound";
  }
}

export function followUpHref(route: FollowUpRoute): string {
  switch (route.name) {
    case "agreements":
      return "/agreements";
    case "agreement":
      return `/agreements/${encodeURIComponent(route.id)}`;
    case "meetings":
      return "/meetings";
    case "meeting":
      return `/meetings/${encodeURIComponent(route.id)}`;
  }
}
