import type { Language } from "../../languages";

/** Deep shape of a namespace: the same keys, any string texts. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/**
 * One feature's texts in all four languages side by side. English gives the shape; the other
 * languages must have exactly its keys, so a missing text is a compile error (and the locale
 * test catches extra ones).
 */
export function defineNamespace<T extends object>(
  en: T,
  others: Record<Exclude<Language, "en">, Shape<T>>,
): Record<Language, Shape<T>> {
  return { en: en as Shape<T>, ...others };
}
