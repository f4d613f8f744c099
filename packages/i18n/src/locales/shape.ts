/**
 * The deep shape of a namespace: the same keys, any string texts. A feature's `nb.ts`, `nn.ts`
 * and `sv.ts` are typed by the shape of its `en.ts`, so a missing text is a compile error and an
 * extra one too (and the locale test compares the key sets of whole languages).
 */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
