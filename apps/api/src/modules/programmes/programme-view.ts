import type { FocusAreaNode, MeasureInTree, ProgrammeSurroundings, ProgrammeTree } from "@samspill/db";

// The shape the programme page reads: the tree from the repository, with the names a reader
// needs in place of ids. Kept apart from the procedure so the mapping has one home.

export function measureSummary(measure: MeasureInTree, around: ProgrammeSurroundings) {
  return {
    id: measure.id,
    title: measure.title,
    scope: measure.scope,
    status: measure.status,
    progress: measure.progress,
    ownerName: around.organisationNames.get(measure.ownerId) ?? "",
    responsibleName: measure.responsibleOrganisationId
      ? (around.organisationNames.get(measure.responsibleOrganisationId) ?? null)
      : null,
    responsiblePerson: measure.responsiblePerson,
    startDate: measure.startDate,
    endDate: measure.endDate,
    sdgGoals: measure.sdgGoals,
    partCount: around.partCounts.get(measure.id) ?? 0,
  };
}

export type MeasureSummary = ReturnType<typeof measureSummary>;

export interface FocusAreaView {
  id: string;
  parentId: string | null;
  position: number;
  version: number;
  title: string;
  heading: string | null;
  description: string;
  children: FocusAreaView[];
  goals: Array<{ id: string; title: string; description: string; position: number; version: number }>;
  measures: MeasureSummary[];
}

function focusAreaView(node: FocusAreaNode, around: ProgrammeSurroundings): FocusAreaView {
  return {
    id: node.id,
    parentId: node.parentId,
    position: node.position,
    version: node.version,
    title: node.title,
    heading: node.heading,
    description: node.description,
    children: node.children.map((child) => focusAreaView(child, around)),
    goals: node.goals.map((goal) => ({
      id: goal.id, title: goal.title, description: goal.description, position: goal.position, version: goal.version,
    })),
    measures: node.measures.map((measure) => measureSummary(measure, around)),
  };
}

export function programmeView(tree: ProgrammeTree, around: ProgrammeSurroundings) {
  const { programme } = tree;
  return {
    id: programme.id,
    title: programme.title,
    introduction: programme.introduction,
    periodStart: programme.periodStart,
    periodEnd: programme.periodEnd,
    status: programme.status,
    revision: programme.revision,
    predecessorId: programme.predecessorId,
    published: programme.published,
    publishedAt: programme.publishedAt,
    version: programme.version,
    owner: around.owner,
    strategy: around.strategy
      ? {
          id: around.strategy.id,
          title: around.strategy.title,
          vision: around.strategy.vision,
          overarchingGoal: around.strategy.overarchingGoal,
        }
      : null,
    adoption: around.adoption ?? null,
    focusAreas: tree.focusAreas.map((node) => focusAreaView(node, around)),
    unassignedGoals: tree.unplacedGoals.map((goal) => ({
      id: goal.id, title: goal.title, description: goal.description, position: goal.position, version: goal.version,
    })),
    unassignedMeasures: tree.unplacedMeasures.map((measure) => measureSummary(measure, around)),
  };
}
