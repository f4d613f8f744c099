import type { Resources } from "./locales/en";

// The namespaces by name, without their texts, so that code which only needs the list (the web
// app's i18next set-up) does not pull a language into its bundle. The compiler keeps the list
// equal to the namespaces English has.

export const NAMESPACES = [
  "common",
  "domain",
  "programmes",
  "auth",
  "revision",
  "copy-forward",
  "admin",
  "public",
  "agreements",
  "agreement-editing",
  "dashboards",
  "meetings",
  "reports",
  "measures",
  "programme-editing",
  "notifications",
  "spreadsheets",
  "documents",
  "statistics",
  "forms",
  "navigation",
  "structure-import",
  "paste-entry",
  "sso",
  "files",
] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const DEFAULT_NAMESPACE: Namespace = "common";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type _NamespacesMatchResources = Assert<Same<Namespace, keyof Resources>>;
