/** The top-level fields whose value differs between an event's before and after (version aside). */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = (typeof before === "object" && before !== null ? before : {}) as Record<string, unknown>;
  const b = (typeof after === "object" && after !== null ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => key !== "version");
  return keys.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}
