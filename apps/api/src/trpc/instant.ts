import type { IsoDateTime } from "@samspill/domain";

// Timestamps leave the server as ISO 8601 strings (`2026-05-04T08:15:00.000Z`), converted where
// a view shapes a row for the wire, so a procedure's output type says what the client receives
// (JSON would turn a `Date` into that string anyway, behind the types' back). DATE columns are
// strings already (packages/db's createDb).

/** A timestamp as the wire carries it. */
export function instant(value: Date | string): IsoDateTime;
export function instant(value: Date | string | null): IsoDateTime | null;
export function instant(value: Date | string | null): IsoDateTime | null {
  return value === null ? null : new Date(value).toISOString();
}
