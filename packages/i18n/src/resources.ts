import type { Language } from "./languages";
import { en, type Resources } from "./locales/en";
import { nb } from "./locales/nb";
import { nn } from "./locales/nn";
import { sv } from "./locales/sv";

export type { Resources };

/** Namespaces, one per top-level key of a locale: app chrome, domain terms, programme pages, signing in. */
export const NAMESPACES = ["common", "domain", "programmes", "auth"] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const DEFAULT_NAMESPACE: Namespace = "common";

export const resources: Record<Language, Resources> = { nb, nn, sv, en };
