import type { Kysely } from "kysely";
import type { Database } from "@samspill/db";
import { benchId } from "./keys.js";
import type { CouncilSpec } from "./organisations.js";
import { PERIODS, VERSIONS, type BenchPlan } from "./plan.js";
import { insertRows } from "./rows.js";

/** What the bulk steps need of one programme version. */
export interface ProgrammeSpec {
  pid: string;
  pkey: string;
  council: string;
  members: string[];
  start: string;
  end: string;
  n: number;
  revision: number;
  currency: "NOK" | "SEK";
}

export const FOCUS_AREAS = ["Næringsutvikling og innovasjon", "Klima og miljø", "Kompetanse og arbeidsliv", "Samferdsel og infrastruktur"];
export const GOALS_PER_AREA = 2;
const SUB_THEMES = ["Samarbeid på tvers", "Kunnskapsgrunnlag"];

/** Measures per programme version: the plan's total over two versions per council, the first council weighted up. */
export function measureCounts(plan: BenchPlan): number[] {
  const weights = Array.from({ length: plan.councils }, (_, i) => (i === 0 ? plan.bigCouncilWeight : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.max(4, Math.round((plan.measures / 2) * (w / total))));
}

/**
 * Each council's strategy, its programme in two versions (the first adopted in 2020 and
 * superseded by the revision adopted in 2023, which is published), the meetings and decisions
 * that adopted them, focus areas with sub-themes, goals with an outcome indicator each, and the
 * council's eight reporting periods.
 */
export async function loadProgrammes(db: Kysely<Database>, plan: BenchPlan, councils: CouncilSpec[]): Promise<ProgrammeSpec[]> {
  const id = (key: string) => benchId(plan.seed, key);
  const counts = measureCounts(plan);
  const specs: ProgrammeSpec[] = councils.flatMap((c) => VERSIONS.map((v) => ({
    pid: id(`programme:${c.index}:${v.revision}`), pkey: `${c.index}:${v.revision}`, council: c.id, members: c.members,
    start: v.start, end: v.end, n: counts[c.index]!, revision: v.revision, currency: c.currency,
  })));
  await insertRows(db, "strategy", councils.map((c) => ({
    id: id(`strategy:${c.index}`), ownerId: c.id, title: `Regional strategi for ${c.name} 2021–2030`,
    vision: "En attraktiv og bærekraftig region å bo og arbeide i.", overarchingGoal: "Flere innbyggere og arbeidsplasser i hele regionen.",
    periodStart: "2021-01-01", periodEnd: "2030-12-31", published: true,
  })));
  await insertRows(db, "programme", specs.map((s) => ({
    id: s.pid, ownerId: s.council, strategyId: id(`strategy:${councils.find((c) => c.id === s.council)!.index}`),
    title: `Handlingsprogram ${s.start.slice(0, 4)}–${s.end.slice(0, 4)}`, introduction: "Handlingsprogrammet følger opp den regionale strategien.",
    periodStart: s.start, periodEnd: s.end, revision: s.revision,
    predecessorId: s.revision === 1 ? null : id(`programme:${s.pkey.split(":")[0]}:1`),
  })));
  await loadDecisions(db, plan, councils);
  await loadStructure(db, plan, specs);
  await insertRows(db, "reportingPeriod", councils.flatMap((c) => PERIODS.map((p) => ({
    id: id(`period:${c.index}:${p.name}`), councilId: c.id, name: p.name, periodStart: p.start, periodEnd: p.end, deadline: p.deadline,
  }))));
  return specs;
}

async function loadDecisions(db: Kysely<Database>, plan: BenchPlan, councils: CouncilSpec[]): Promise<void> {
  const id = (key: string) => benchId(plan.seed, key);
  const adoptions = councils.flatMap((c) => VERSIONS.map((v) => ({ c, v, key: `${c.index}:${v.revision}` })));
  await insertRows(db, "meeting", adoptions.map(({ c, v, key }) => ({
    id: id(`meeting:${key}`), councilId: c.id, body: c.country === "NO" ? "Regionrådet" : "Förbundsstyrelsen",
    title: `Møte ${v.adoptedOn}`, heldOn: v.adoptedOn, location: c.name, published: true,
  })));
  await insertRows(db, "agendaItem", adoptions.map(({ v, key }) => ({
    id: id(`agenda:${key}`), meetingId: id(`meeting:${key}`), caseNumber: `${10 + v.revision}/${v.adoptedOn.slice(2, 4)}`,
    title: "Handlingsprogram", position: 0,
  })));
  await insertRows(db, "decision", adoptions.map(({ v, key }) => ({
    id: id(`decision:${key}`), agendaItemId: id(`agenda:${key}`), text: "Handlingsprogrammet vedtas.", decidedOn: v.adoptedOn,
    adoptsProgrammeId: id(`programme:${key}`), published: true,
  })));
  for (const { v, key } of adoptions) {
    await db.updateTable("programme").where("id", "=", id(`programme:${key}`)).set({
      adoptedDecisionId: id(`decision:${key}`), status: v.revision === 1 ? "superseded" : "adopted",
      published: v.revision === 2, publishedAt: v.revision === 2 ? `${v.adoptedOn}T12:00:00Z` : null,
    }).execute();
  }
}

async function loadStructure(db: Kysely<Database>, plan: BenchPlan, specs: ProgrammeSpec[]): Promise<void> {
  const id = (key: string) => benchId(plan.seed, key);
  const previous = (s: ProgrammeSpec, key: string) => (s.revision === 1 ? null : id(key.replace(s.pkey, s.pkey.replace(/:2$/, ":1"))));
  const areas = specs.flatMap((s) => FOCUS_AREAS.map((title, k) => ({ s, title, k })));
  await insertRows(db, "focusArea", areas.map(({ s, title, k }) => ({
    id: id(`fa:${s.pkey}:${k}`), programmeId: s.pid, title, position: k, predecessorId: previous(s, `fa:${s.pkey}:${k}`),
  })));
  await insertRows(db, "focusArea", areas.flatMap(({ s, k }) => SUB_THEMES.map((title, j) => ({
    id: id(`fa:${s.pkey}:${k}:${j}`), programmeId: s.pid, parentId: id(`fa:${s.pkey}:${k}`), title, position: j,
    predecessorId: previous(s, `fa:${s.pkey}:${k}:${j}`),
  }))));
  const goals = areas.flatMap(({ s, title, k }) => Array.from({ length: GOALS_PER_AREA }, (_, g) => ({ s, title, k, g })));
  await insertRows(db, "goal", goals.map(({ s, title, k, g }) => ({
    id: id(`goal:${s.pkey}:${k}:${g}`), programmeId: s.pid, focusAreaId: id(`fa:${s.pkey}:${k}`),
    title: `${title}: delmål ${g + 1}`, position: g, predecessorId: previous(s, `goal:${s.pkey}:${k}:${g}`),
  })));
  await insertRows(db, "indicator", goals.map(({ s, k, g }) => ({
    id: id(`indicator:goal:${s.pkey}:${k}:${g}`), kind: "outcome" as const, goalId: id(`goal:${s.pkey}:${k}:${g}`),
    name: `Utvikling i delmål ${g + 1}`, unit: "prosent", baseline: 50, baselineDate: s.start, target: 75, targetDate: s.end,
  })));
}
