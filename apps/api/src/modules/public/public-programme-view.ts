import {
  findProgrammeSurroundings, findPublishedProgrammeTree, listPublishedParts,
  type Executor, type FocusAreaNode, type MeasureInTree, type PublishedPart,
} from "@samspill/db";
import { progressSummary } from "@samspill/domain";

// A published programme as anyone may read it, through tRPC and the public JSON API alike:
// structure, status and progress, and the names of responsible organisations — no people, no
// contacts, no comments, no reports, nothing unpublished. Field names here are the public
// API's contract (PUBLIC-API.md); add fields, never rename or remove them within v1.

interface Names {
  organisations: Map<string, string>;
  parts: Map<string, PublishedPart[]>;
}

function measureView(measure: MeasureInTree, names: Names) {
  return {
    id: measure.id,
    title: measure.title,
    description: measure.description,
    scope: measure.scope,
    status: measure.status,
    progress: measure.progress,
    startDate: measure.startDate,
    endDate: measure.endDate,
    sdgGoals: measure.sdgGoals,
    ownerName: names.organisations.get(measure.ownerId) ?? null,
    responsibleOrganisationName: measure.responsibleOrganisationId
      ? (names.organisations.get(measure.responsibleOrganisationId) ?? null)
      : null,
    parts: (names.parts.get(measure.id) ?? []).map((part) => ({
      municipalityName: part.municipalityName, status: part.status, progress: part.progress,
    })),
  };
}

export type PublicMeasure = ReturnType<typeof measureView>;

interface PublicFocusArea {
  id: string;
  title: string;
  heading: string | null;
  description: string;
  children: PublicFocusArea[];
  goals: Array<{ id: string; title: string; description: string }>;
  measures: PublicMeasure[];
}

const goalView = (goal: { id: string; title: string; description: string }) => ({
  id: goal.id, title: goal.title, description: goal.description,
});

function focusAreaView(node: FocusAreaNode, names: Names): PublicFocusArea {
  return {
    id: node.id,
    title: node.title,
    heading: node.heading,
    description: node.description,
    children: node.children.map((child) => focusAreaView(child, names)),
    goals: node.goals.map(goalView),
    measures: node.measures.map((measure) => measureView(measure, names)),
  };
}

function allMeasures(nodes: readonly FocusAreaNode[]): MeasureInTree[] {
  return nodes.flatMap((node) => [...node.measures, ...allMeasures(node.children)]);
}

/** The published programme, or undefined when it does not exist or is not published. */
export async function publicProgramme(db: Executor, programmeId: string) {
  const tree = await findPublishedProgrammeTree(db, programmeId);
  if (!tree) return undefined;
  const [around, parts] = await Promise.all([findProgrammeSurroundings(db, tree.programme), listPublishedParts(db, programmeId)]);
  const names: Names = { organisations: around.organisationNames, parts: new Map() };
  for (const part of parts) names.parts.set(part.measureId, [...(names.parts.get(part.measureId) ?? []), part]);
  const { programme } = tree;
  const strategy = around.strategy?.published ? around.strategy : undefined;
  return {
    id: programme.id,
    title: programme.title,
    introduction: programme.introduction,
    periodStart: programme.periodStart,
    periodEnd: programme.periodEnd,
    status: programme.status,
    revision: programme.revision,
    publishedAt: programme.publishedAt ? new Date(programme.publishedAt).toISOString() : null,
    owner: { id: around.owner.id, name: around.owner.name, slug: around.owner.slug, kind: around.owner.kind, country: around.owner.country },
    strategy: strategy
      ? { id: strategy.id, title: strategy.title, vision: strategy.vision, overarchingGoal: strategy.overarchingGoal }
      : null,
    // Measure status counts as every screen counts them (packages/domain/FIGURES.md).
    progress: progressSummary([...allMeasures(tree.focusAreas), ...tree.unplacedMeasures]),
    focusAreas: tree.focusAreas.map((node) => focusAreaView(node, names)),
    unplacedGoals: tree.unplacedGoals.map(goalView),
    unplacedMeasures: tree.unplacedMeasures.map((measure) => measureView(measure, names)),
  };
}

export type PublicProgramme = NonNullable<Awaited<ReturnType<typeof publicProgramme>>>;
