import type { FocusAreaNode, MeasureInTree, ProgrammeSurroundings, ProgrammeTree } from "@samspill/db";
import { measureForReader, measureNumbers } from "@samspill/domain";
import { instant } from "../../trpc/instant.js";

// The shape the programme page reads: the tree from the repository, with the names a reader
// needs in place of ids. Kept apart from the procedure so the mapping has one home.

export function measureSummary(measure: MeasureInTree, around: ProgrammeSurroundings, numbers: Map<string, string>, personal: boolean) {
  return {
    id: measure.id,
    /** Its number in the programme, e.g. "3.2", so measures with the same title can be told apart. */
    number: numbers.get(measure.id) ?? "",
    title: measure.title,
    /** Where it sits among its focus area's measures, and the version a move names. */
    position: measure.position,
    version: measure.version,
    scope: measure.scope,
    status: measure.status,
    progress: measure.progress,
    ownerName: around.organisationNames.get(measure.ownerId) ?? "",
    responsibleName: measure.responsibleOrganisationId
      ? (around.organisationNames.get(measure.responsibleOrganisationId) ?? null)
      : null,
    responsiblePerson: measureForReader(measure, personal).responsiblePerson,
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

/** Every measure's number, from the tree as the page and the Word document show it. */
export function treeNumbers(tree: Pick<ProgrammeTree, "focusAreas" | "unplacedMeasures">): Map<string, string> {
  const { areas, measures } = walkTree(tree);
  return measureNumbers(areas, measures);
}

/** Every measure of the tree, placed or not. */
export function treeMeasures(tree: Pick<ProgrammeTree, "focusAreas" | "unplacedMeasures">): MeasureInTree[] {
  return walkTree(tree).measures;
}

function walkTree(tree: Pick<ProgrammeTree, "focusAreas" | "unplacedMeasures">): { areas: FocusAreaNode[]; measures: MeasureInTree[] } {
  const areas: FocusAreaNode[] = [];
  const measures: MeasureInTree[] = [...tree.unplacedMeasures];
  const walk = (node: FocusAreaNode) => {
    areas.push(node);
    measures.push(...node.measures);
    node.children.forEach(walk);
  };
  tree.focusAreas.forEach(walk);
  return { areas, measures };
}

function focusAreaView(node: FocusAreaNode, around: ProgrammeSurroundings, numbers: Map<string, string>, personal: boolean): FocusAreaView {
  return {
    id: node.id,
    parentId: node.parentId,
    position: node.position,
    version: node.version,
    title: node.title,
    heading: node.heading,
    description: node.description,
    children: node.children.map((child) => focusAreaView(child, around, numbers, personal)),
    goals: node.goals.map((goal) => ({
      id: goal.id, title: goal.title, description: goal.description, position: goal.position, version: goal.version,
    })),
    measures: node.measures.map((measure) => measureSummary(measure, around, numbers, personal)),
  };
}

/** The programme page's shape; `personal` from `seesPersonalData` says whether people's names are in it. */
export function programmeView(tree: ProgrammeTree, around: ProgrammeSurroundings, personal: boolean) {
  const { programme } = tree;
  const numbers = treeNumbers(tree);
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
    publishedAt: instant(programme.publishedAt),
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
    focusAreas: tree.focusAreas.map((node) => focusAreaView(node, around, numbers, personal)),
    unassignedGoals: tree.unplacedGoals.map((goal) => ({
      id: goal.id, title: goal.title, description: goal.description, position: goal.position, version: goal.version,
    })),
    unassignedMeasures: tree.unplacedMeasures.map((measure) => measureSummary(measure, around, numbers, personal)),
  };
}
