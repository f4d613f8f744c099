import { z } from "zod";
import { DomainError } from "../shared/errors";
import { IdSchema, VersionSchema } from "../shared/primitives";

// An indicator bound to official statistics: which series (an SSB table and content code, or a
// Kolada KPI), which of the source's region codes stand for which of the indicator's
// municipalities (or its total), and whether a period's value belongs to its first or last day.
// Without explicit regions, each municipality is asked for under its own official code.

const RegionCodeSchema = z.string().trim().regex(/^[0-9A-Za-z-]{1,12}$/);

export const SourceRegionSchema = z.strictObject({
  /** The municipality the values belong to; null for the indicator's total. */
  municipalityId: IdSchema.nullable(),
  /** The source's codes for it, e.g. 3420; several across a reform, the first with a figure wins. */
  codes: z.array(RegionCodeSchema).min(1).max(5),
});
export type SourceRegion = z.infer<typeof SourceRegionSchema>;

export const PeriodEdgeSchema = z.enum(["start", "end"]);

const common = {
  at: PeriodEdgeSchema.default("end"),
  regions: z.array(SourceRegionSchema).min(1).max(100).optional(),
};

export const SourceBindingSchema = z
  .discriminatedUnion("source", [
    z.strictObject({
      source: z.literal("ssb"),
      table: z.string().regex(/^\d{5}$/),
      contentsCode: z.string().trim().regex(/^[A-Za-z0-9_]{1,40}$/),
      ...common,
    }),
    z.strictObject({ source: z.literal("kolada"), kpi: z.string().regex(/^[A-Z]\d{5}$/), ...common }),
  ])
  .superRefine((binding, ctx) => {
    const seen = new Set<string | null>();
    binding.regions?.forEach((region, index) => {
      if (seen.has(region.municipalityId)) {
        ctx.addIssue({ code: "custom", path: ["regions", index, "municipalityId"], message: "one entry per municipality" });
      }
      seen.add(region.municipalityId);
    });
  });
export type SourceBinding = z.infer<typeof SourceBindingSchema>;

/** Bind (or, with null, unbind) an indicator at the version read. */
export const BindIndicatorSourceInputSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  binding: SourceBindingSchema.nullable(),
});
export type BindIndicatorSourceInput = z.infer<typeof BindIndicatorSourceInputSchema>;

/**
 * The binding stored on an indicator: its `source` column names the source and `source_ref`
 * the series, so a reference written without the discriminator still reads. Null when the
 * indicator is kept by hand or the reference cannot be read.
 */
export function sourceBindingOf(indicator: { source: string; sourceRef: unknown }): SourceBinding | null {
  if (indicator.source === "manual" || typeof indicator.sourceRef !== "object" || indicator.sourceRef === null) return null;
  const parsed = SourceBindingSchema.safeParse({ ...indicator.sourceRef, source: indicator.source });
  return parsed.success ? parsed.data : null;
}

export interface CodedMunicipality {
  id: string;
  code: string | null;
}

/**
 * The regions to ask for: the binding's own, or each municipality under its official code —
 * per municipality when the indicator is kept so, else the one municipality as the total (a
 * council's total is not the sum of what a source says for its members, so it needs a region).
 */
export function regionsToImport(
  binding: Pick<SourceBinding, "regions">,
  indicator: { perMunicipality: boolean },
  municipalities: readonly CodedMunicipality[],
): SourceRegion[] {
  if (binding.regions) return binding.regions;
  const coded = municipalities.flatMap((municipality) => (municipality.code ? [{ id: municipality.id, code: municipality.code }] : []));
  if (indicator.perMunicipality) return coded.map((municipality) => ({ municipalityId: municipality.id, codes: [municipality.code] }));
  const [only] = coded;
  return only && municipalities.length === 1 ? [{ municipalityId: null, codes: [only.code] }] : [];
}

/** Regions name the indicator's own municipalities, and only an indicator kept per municipality has any. */
export function assertRegionsFit(
  regions: readonly SourceRegion[],
  indicator: { perMunicipality: boolean },
  municipalityIds: readonly string[],
): void {
  regions.forEach((region, index) => {
    if (region.municipalityId === null) return;
    const field = `binding.regions.${index}.municipalityId`;
    if (!indicator.perMunicipality) {
      throw new DomainError("INVALID_INPUT", { reason: "indicator_not_per_municipality", params: { field } });
    }
    if (!municipalityIds.includes(region.municipalityId)) {
      throw new DomainError("INVALID_INPUT", { reason: "not_a_municipality_of_indicator", params: { field } });
    }
  });
}

export interface SourceObservation {
  code: string;
  /** The period as a date, already placed at the binding's edge. */
  date: string;
  value: number | null;
  status: string | null;
}

export interface ImportedValue {
  municipalityId: string | null;
  measuredOn: string;
  value: number | null;
  status: string | null;
}

/**
 * One value per region and date: the first of the region's codes that has a figure, else the
 * first status any of them gives. Cells with neither are left out.
 */
export function valuesFromObservations(regions: readonly SourceRegion[], observations: readonly SourceObservation[]): ImportedValue[] {
  const byCodeAndDate = new Map(observations.map((observation) => [`${observation.code}|${observation.date}`, observation]));
  const dates = [...new Set(observations.map((observation) => observation.date))].sort();
  return regions.flatMap((region) =>
    dates.flatMap((date) => {
      const cells = region.codes.flatMap((code) => byCodeAndDate.get(`${code}|${date}`) ?? []);
      const withValue = cells.find((cell) => cell.value !== null);
      const status = withValue ? withValue.status : (cells.find((cell) => cell.status)?.status ?? null);
      if (!withValue && status === null) return [];
      return [{ municipalityId: region.municipalityId, measuredOn: date, value: withValue?.value ?? null, status }];
    }),
  );
}
