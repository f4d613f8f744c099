import { createElement, use, type ComponentType } from "react";

export interface LazyComponent<P extends object> {
  (props: P): ReturnType<typeof createElement>;
  /** Starts fetching the component's code (once), e.g. while the data it shows is being asked for. */
  preload: () => Promise<ComponentType<P>>;
}

/**
 * A component whose code is fetched when it first renders, or earlier through `preload()`, so it
 * becomes its own chunk; render it inside a `<Suspense>`. Once the code has arrived it renders at
 * once, without a pass through the fallback.
 */
export function lazyNamed<N extends string, P extends object>(load: () => Promise<Record<N, ComponentType<P>>>, name: N): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then((module) => {
      loaded = module[name];
      return loaded;
    }));
  const Lazy = (props: P) => createElement(loaded ?? use(preload()), props);
  return Object.assign(Lazy, { preload });
}
