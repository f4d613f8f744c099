import { z } from "zod";

// Small building blocks shared by every schema, so the same field is checked the same way
// in every area.

export const IdSchema = z.uuid();
export type Id = z.infer<typeof IdSchema>;

/** The row version a client read; an update naming a stale version fails with CONFLICT. */
export const VersionSchema = z.number().int().min(1);

/** A calendar date `YYYY-MM-DD`; zod's ISO date check rejects impossible days such as 2023-02-29. */
export const IsoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** An instant with an explicit offset, as produced by `Date#toISOString()`. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
export type IsoDateTime = z.infer<typeof IsoDateTimeSchema>;

export const YearSchema = z.number().int().min(1900).max(2200);

/** Free text that must say something: surrounding whitespace is trimmed before the length check. */
export function requiredText(max: number) {
  return z.string().trim().min(1).max(max);
}

export function optionalText(max: number) {
  return z.string().trim().max(max);
}

export const TitleSchema = requiredText(300);
export const DescriptionSchema = optionalText(20_000);
export const PositionSchema = z.number().int().min(0);
