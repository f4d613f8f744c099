import { lazy, type ComponentType } from "react";

/**
 * A component whose code is fetched when it first renders (`React.lazy` for a named export), so
 * it becomes its own chunk; render it inside a `<Suspense>`.
 */
export function lazyNamed<N extends string, P extends object>(load: () => Promise<Record<N, ComponentType<P>>>, name: N) {
  return lazy(async () => ({ default: (await load())[name] }));
}
