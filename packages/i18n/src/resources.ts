import type { Language } from "./languages";
import { en } from "./locales/en";
import { nb } from "./locales/nb";
import { nn } from "./locales/nn";
import { sv } from "./locales/sv";
import { featureNamespaces } from "./locales/features/index";

// The core namespaces (app chrome, domain terms, programme pages, signing in) live in one file
// per language; each feature screen adds its own namespace file under `locales/features/`, with its
// four languages side by side, and lists it in `locales/features/index.ts`.

type Features = typeof featureNamespaces;
export type Resources = typeof en & { [K in keyof Features]: Features[K]["en"] };

const CORE_NAMESPACES = ["common", "domain", "programmes", "auth"] as const;
export const NAMESPACES = [...CORE_NAMESPACES, ...(Object.keys(featureNamespaces) as Array<keyof Features>)];
export type Namespace = (typeof CORE_NAMESPACES)[number] | keyof Features;
export const DEFAULT_NAMESPACE: Namespace = "common";

function withFeatures<T extends object>(core: T, language: Language) {
  const features = Object.fromEntries(
    Object.entries(featureNamespaces as Record<string, Record<Language, object>>).map(([name, texts]) => [name, texts[language]]),
  ) as { [K in keyof Features]: Features[K]["en"] };
  return { ...core, ...features };
}

export const resources: Record<Language, Resources> = {
  nb: withFeatures(nb, "nb"),
  nn: withFeatures(nn, "nn"),
  sv: withFeatures(sv, "sv"),
  en: withFeatures(en, "en"),
};
