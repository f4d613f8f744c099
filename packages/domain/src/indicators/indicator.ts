import { z } from "zod";
import { INDICATOR_KINDS, INDICATOR_SOURCES } from "../shared/enums";
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, TitleSchema, VersionSchema, optionalText } from "../shared/primitives";

// Outcome indicators measure a goal (private jobs, population); output indicators measure a
// measure (145 company calls). Values may be imported from SSB or Kolada, where a cell can be
// missing with only a status ("..", "Missing"), so a value is a number or a status or both.

export const IndicatorKindSchema = z.enum(INDICATOR_KINDS);
export const IndicatorSourceSchema = z.enum(INDICATOR_SOURCES);

/** Where an imported indicator comes from: SSB table + content code, or a Kolada KPI. */
export const IndicatorSourceRefSchema = z.discriminatedUnion("source", [
  z.strictObject({ source: z.literal("ssb"), table: z.string().regex(/^\d{5}$/), contentsCode: z.string().min(1) }),
  z.strictObject({ source: z.literal("kolada"), kpi: z.string().regex(/^[A-Z]\d{5}$/) }),
]);
export type IndicatorSourceRef = z.infer<typeof IndicatorSourceRefSchema>;

const indicatorFields = {
  kind: IndicatorKindSchema,
  goalId: IdSchema.nullable(),
  measureId: IdSchema.nullable(),
  name: TitleSchema,
  unit: optionalText(50),
  baseline: z.number().finite().nullable(),
  baselineDate: IsoDateSchema.nullable(),
  target: z.number().finite().nullable(),
  targetDate: IsoDateSchema.nullable(),
  source: IndicatorSourceSchema,
  sourceRef: IndicatorSourceRefSchema.nullable(),
  perMunicipality: z.boolean(),
};

type IndicatorShape = {
  kind?: "outcome" | "output";
  goalId?: string | null;
  measureId?: string | null;
  source?: "manual" | "ssb" | "kolada";
  sourceRef?: IndicatorSourceRef | null;
};

/** Outcome on a goal, output on a measure, never both; an import source needs its reference. */
function indicatorIsConsistent(value: IndicatorShape, ctx: z.RefinementCtx): void {
  if (value.kind === "outcome" && (!value.goalId || value.measureId)) {
    ctx.addIssue({ code: "custom", path: ["goalId"], message: "an outcome indicator belongs to a goal only" });
  }
  if (value.kind === "output" && (!value.measureId || value.goalId)) {
    ctx.addIssue({ code: "custom", path: ["measureId"], message: "an output indicator belongs to a measure only" });
  }
  if (value.source && value.source !== "manual" && value.sourceRef?.source !== value.source) {
    ctx.addIssue({ code: "custom", path: ["sourceRef"], message: "imported indicators need a matching source reference" });
  }
}

export const IndicatorSchema = z
  .strictObject({ id: IdSchema, ...indicatorFields, version: VersionSchema })
  .superRefine(indicatorIsConsistent);
export type Indicator = z.infer<typeof IndicatorSchema>;

export const CreateIndicatorInputSchema = z
  .strictObject({
    ...indicatorFields,
    goalId: indicatorFields.goalId.default(null),
    measureId: indicatorFields.measureId.default(null),
    unit: indicatorFields.unit.default(""),
    baseline: indicatorFields.baseline.default(null),
    baselineDate: indicatorFields.baselineDate.default(null),
    target: indicatorFields.target.default(null),
    targetDate: indicatorFields.targetDate.default(null),
    source: indicatorFields.source.default("manual"),
    sourceRef: indicatorFields.sourceRef.default(null),
    perMunicipality: indicatorFields.perMunicipality.default(false),
  })
  .superRefine(indicatorIsConsistent);
export type CreateIndicatorInput = z.infer<typeof CreateIndicatorInputSchema>;

/** Kind and owner are fixed; the rest is editable. */
export const UpdateIndicatorInputSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  name: indicatorFields.name.optional(),
  unit: indicatorFields.unit.optional(),
  baseline: indicatorFields.baseline.optional(),
  baselineDate: indicatorFields.baselineDate.optional(),
  target: indicatorFields.target.optional(),
  targetDate: indicatorFields.targetDate.optional(),
  perMunicipality: indicatorFields.perMunicipality.optional(),
});
export type UpdateIndicatorInput = z.infer<typeof UpdateIndicatorInputSchema>;

const indicatorValueFields = {
  indicatorId: IdSchema,
  /** Null for the total across all municipalities. */
  municipalityId: IdSchema.nullable(),
  measuredOn: IsoDateSchema,
  value: z.number().finite().nullable(),
  /** The source's marker for a special cell, e.g. SSB ".." or Kolada "Missing". */
  status: optionalText(50).nullable(),
  source: IndicatorSourceSchema,
};

function valueOrStatus(value: { value?: number | null; status?: string | null }, ctx: z.RefinementCtx): void {
  if (value.value === null && !value.status) {
    ctx.addIssue({ code: "custom", path: ["value"], message: "a value or a status is needed" });
  }
}

export const IndicatorValueSchema = z
  .strictObject({
    id: IdSchema,
    ...indicatorValueFields,
    importedAt: IsoDateTimeSchema.nullable(),
    reportId: IdSchema.nullable(),
    version: VersionSchema,
  })
  .superRefine(valueOrStatus);
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

export const CreateIndicatorValueInputSchema = z
  .strictObject({
    ...indicatorValueFields,
    municipalityId: indicatorValueFields.municipalityId.default(null),
    status: indicatorValueFields.status.default(null),
    source: indicatorValueFields.source.default("manual"),
  })
  .superRefine(valueOrStatus);
export type CreateIndicatorValueInput = z.infer<typeof CreateIndicatorValueInputSchema>;
