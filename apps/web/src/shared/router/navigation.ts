import { useSyncExternalStore } from "react";

// Client-side navigation on the History API. pushState fires no event, so navigate() announces
// itself with one of our own; back/forward arrive as popstate.

const NAVIGATE_EVENT = "samspill:navigate";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

export function usePathname(): string {
  // The server snapshot serves static rendering in component tests.
  return useSyncExternalStore(subscribe, () => window.location.pathname, () => "/");
}

/** The query string, for screens that keep their state (filters, page) in the address. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search, () => "");
}

export function navigate(href: string): void {
  if (href === window.location.pathname + window.location.search) return;
  window.history.pushState(null, "", href);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
