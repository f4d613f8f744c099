// The admin screens and the public council pages. Admin lists keep their filters and page in
// the query string; the public page names the council by its slug so the address is readable.

export type AdminRoute =
  | { name: "adminOrganisations" }
  | { name: "adminOrganisation"; id: string }
  | { name: "adminUsers" }
  | { name: "adminSignIn" }
  | { name: "council"; slug: string };

const ORGANISATION = /^\/admin\/organisations\/([^/]+)$/;
const COUNCIL = /^\/r\/([^/]+)$/;

/** An admin or public council route, "notFound" for a malformed id, null for any other path. */
export function matchAdminRoute(path: string): AdminRoute | "notFound" | null {
  if (path === "/admin/organisations") return { name: "adminOrganisations" };
  if (path === "/admin/users") return { name: "adminUsers" };
  if (path === "/admin/sign-in") return { name: "adminSignIn" };
  const organisation = ORGANISATION.exec(path);
  const council = COUNCIL.exec(path);
  if (!organisation?.[1] && !council?.[1]) return null;
  try {
    if (organisation?.[1]) return { name: "adminOrganisation", id: decodeURIComponent(organisation[1]) };
    return { name: "council", slug: decodeURIComponent(council![1]!) };
  } catch {
    // A malformed escape such as %E0%A4%A cannot name anything.
    return "notFound";
  }
}

export function adminHref(route: AdminRoute): string {
  switch (route.name) {
    case "adminOrganisations":
      return "/admin/organisations";
    case "adminOrganisation":
      return `/admin/organisations/${encodeURIComponent(route.id)}`;
    case "adminUsers":
      return "/admin/users";
    case "adminSignIn":
      return "/admin/sign-in";
    case "council":
      return `/r/${encodeURIComponent(route.slug)}`;
  }
}
