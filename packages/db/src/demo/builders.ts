import type { Currency, FundingSource, IndicatorSource, MeasureScope, MeasureStatus } from "@samspill/domain";
import type { JsonObject } from "../generated/database.js";
import { focusAreaId, goalId, indicatorId, measureId, partId, programmeId, demoId } from "./ids.js";
import { kr, put, type DemoContext } from "./insert.js";

// Area files describe their programmes as plain data; these builders turn that data into rows
// with deterministic ids, so every area reads like the source document it comes from.

export interface IndicatorDef {
  key: string;
  name: string;
  unit: string;
  baseline?: number;
  baselineDate?: string;
  target?: number;
  targetDate?: string;
  source?: IndicatorSource;
  /** Where an imported indicator's figures come from (SourceBinding in @samspill/domain). */
  sourceRef?: JsonObject;
  perMunicipality?: boolean;
  values?: { on: string; value: number; municipalityId?: string }[];
}

export interface FocusAreaDef {
  key: string;
  title: string;
  heading?: string;
  description?: string;
  subThemes?: string[];
}

export interface GoalDef {
  key: string;
  focusArea: string;
  title: string;
  description?: string;
  indicators?: IndicatorDef[];
}

export interface ProgrammeDef {
  key: string;
  ownerId: string;
  strategyId: string | null;
  title: string;
  introduction: string;
  periodStart: string;
  periodEnd: string;
  published: boolean;
  publishedAt?: string;
  focusAreas: FocusAreaDef[];
  goals: GoalDef[];
}

export interface BudgetDef {
  year: number;
  amount: number; // whole kroner/kronor
  source: FundingSource;
  description?: string;
}

export interface PartDef {
  code: string; // kommunenummer of the municipality
  municipalityId: string;
  description: string;
  contactName: string;
  contactEmail?: string;
  status: MeasureStatus;
  progress: number;
  budgetShare?: number; // whole kroner
  budget?: BudgetDef[];
}

export interface MeasureDef {
  key: string;
  focusArea: string;
  goals: string[];
  scope: MeasureScope;
  ownerId: string;
  responsibleOrganisationId?: string;
  responsiblePerson?: string;
  title: string;
  description: string;
  startDate: string;
  endDate: string;
  status: MeasureStatus;
  progress: number;
  sdg: number[];
  budget?: BudgetDef[];
  parts?: PartDef[];
  indicators?: IndicatorDef[];
}

export async function insertProgramme(ctx: DemoContext, def: ProgrammeDef): Promise<string> {
  const id = programmeId(def.key);
  await put(ctx, "programme", [{
    id,
    ownerId: def.ownerId,
    strategyId: def.strategyId,
    title: def.title,
    introduction: def.introduction,
    periodStart: def.periodStart,
    periodEnd: def.periodEnd,
    status: "draft", // adopted by its decision in meetings.ts
    published: def.published,
    publishedAt: def.publishedAt ?? null,
  }]);
  const areas = def.focusAreas.flatMap((area, position) => {
    const parent = focusAreaId(def.key, area.key);
    return [
      { id: parent, programmeId: id, parentId: null, title: area.title, heading: area.heading ?? null,
        description: area.description ?? "", position },
      ...(area.subThemes ?? []).map((title, index) => ({
        id: focusAreaId(def.key, `${area.key}:${index}`), programmeId: id, parentId: parent, title,
        heading: null, description: "", position: index,
      })),
    ];
  });
  // Parents first: the sub-themes refer to them.
  await put(ctx, "focusArea", areas.filter((area) => area.parentId === null));
  await put(ctx, "focusArea", areas.filter((area) => area.parentId !== null));
  await put(ctx, "goal", def.goals.map((goal, position) => ({
    id: goalId(def.key, goal.key), programmeId: id, focusAreaId: focusAreaId(def.key, goal.focusArea),
    title: goal.title, description: goal.description ?? "", position,
  })));
  for (const goal of def.goals) {
    await insertIndicators(ctx, "outcome", goalId(def.key, goal.key), goal.indicators ?? []);
  }
  return id;
}

export async function insertMeasures(
  ctx: DemoContext, programme: string, currency: Currency, defs: MeasureDef[],
): Promise<void> {
  await put(ctx, "measure", defs.map((def, position) => ({
    id: measureId(def.key),
    programmeId: programmeId(programme),
    focusAreaId: focusAreaId(programme, def.focusArea),
    scope: def.scope,
    ownerId: def.ownerId,
    responsibleOrganisationId: def.responsibleOrganisationId ?? def.ownerId,
    responsiblePerson: def.responsiblePerson ?? "",
    title: def.title,
    description: def.description,
    startDate: def.startDate,
    endDate: def.endDate,
    status: def.status,
    progress: def.progress,
    sdgGoals: def.sdg,
    position,
  })));
  for (const def of defs) {
    const id = measureId(def.key);
    await put(ctx, "measureGoal", def.goals.map((goal) => ({ measureId: id, goalId: goalId(programme, goal) })));
    await put(ctx, "measurePart", (def.parts ?? []).map((part) => ({
      id: partId(def.key, part.code), measureId: id, municipalityId: part.municipalityId,
      description: part.description, contactName: part.contactName, contactEmail: part.contactEmail ?? null,
      status: part.status, progress: part.progress,
      budgetShareMinor: part.budgetShare === undefined ? null : kr(part.budgetShare),
      currency: part.budgetShare === undefined ? null : currency,
    })));
    const lines = [
      ...(def.budget ?? []).map((line) => ({ line, part: null as string | null, tag: "" })),
      ...(def.parts ?? []).flatMap((part) =>
        (part.budget ?? []).map((line) => ({ line, part: partId(def.key, part.code), tag: part.code }))),
    ];
    await put(ctx, "budgetLine", lines.map(({ line, part, tag }) => ({
      id: demoId(`budget:${def.key}:${tag}:${line.year}:${line.source}`),
      measureId: id, partId: part, year: line.year, amountMinor: kr(line.amount), currency,
      fundingSource: line.source, description: line.description ?? "",
    })));
    await insertIndicators(ctx, "output", id, def.indicators ?? []);
  }
}

async function insertIndicators(
  ctx: DemoContext, kind: "outcome" | "output", ownerId: string, defs: IndicatorDef[],
): Promise<void> {
  await put(ctx, "indicator", defs.map((def) => ({
    id: indicatorId(ownerId, def.key),
    kind,
    goalId: kind === "outcome" ? ownerId : null,
    measureId: kind === "output" ? ownerId : null,
    name: def.name,
    unit: def.unit,
    baseline: def.baseline ?? null,
    baselineDate: def.baselineDate ?? null,
    target: def.target ?? null,
    targetDate: def.targetDate ?? null,
    source: def.source ?? "manual",
    sourceRef: def.sourceRef ?? null,
    perMunicipality: def.perMunicipality ?? false,
  })));
  for (const def of defs) {
    const id = indicatorId(ownerId, def.key);
    await put(ctx, "indicatorValue", (def.values ?? []).map((value) => ({
      id: demoId(`value:${id}:${value.municipalityId ?? "total"}:${value.on}`),
      indicatorId: id, municipalityId: value.municipalityId ?? null, measuredOn: value.on,
      value: value.value, source: def.source ?? "manual",
    })));
  }
}
