// The app's pages and how paths map to them. Pure, so matching is tested without a browser.

export type Route =
  | { name: "home" }
  | { name: "programme"; id: string }
  | { name: "signIn" }
  | { name: "notFound" };

const PROGRAMME_PATH = /^\/programmes\/([^/]+)$/;

export function matchRoute(pathname: string): Route {
  // One trailing slash is forgiven so that hand-typed URLs still work.
  const path = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname;
  if (path === "/" || path === "") return { name: "home" };
  if (path === "/sign-in") return { name: "signIn" };
  const programme = PROGRAMME_PATH.exec(path);
  if (programme?.[1]) {
    try {
      return { name: "programme", id: decodeURIComponent(programme[1]) };
    } catch {
      // A malformed escape such as %E0%A4%A cannot name any programme.
      return { name: "notFound" };
    }
  }
  return { name: "notFound" };
}

export function hrefFor(route: Exclude<Route, { name: "notFound" }>): string {
  switch (route.name) {
    case "home":
      return "/";
    case "programme":
      return `/programmes/${encodeURIComponent(route.id)}`;
    case "signIn":
      return "/sign-in";
  }
}
