import {
  findProgrammeSurroundings, listBudgetLinesOfMeasures, listPartsOfMeasures,
  type Executor, type FocusAreaNode, type GoalRow, type MeasureInTree,
  type ProgrammeTree,
} from "@samspill/db";
import { FILE_SIZE_LIMITS, refuseLargerThan, type FocusAreaDocument, type MeasureDocument, type ProgrammeDocumentData } from "@samspill/documents";
import { groupBy, type LanguageForm } from "@samspill/domain";
import { budgetShareOf } from "../measures/measure-view.js";
import { treeNumbers } from "../programmes/programme-view.js";
import { documentLogo } from "../organisations/organisation-logo.js";
import { officialNames } from "./official-names.js";

// Loads everything the programme document shows, in a fixed number of queries however large
// the programme, and shapes it into the generator's plain data. Sub-themes are listed under
// their focus area; goals and measures placed on a sub-theme count as the area's.
// Organisations go by their official names, and the council's logo goes on the title page.
// A programme past the document's size limit is refused before anything more is read.

export interface ProgrammeDocumentSource {
  data: ProgrammeDocumentData;
  language: LanguageForm;
}

function descendants(node: FocusAreaNode): FocusAreaNode[] {
  return [node, ...node.children.flatMap(descendants)];
}

function allMeasures(tree: ProgrammeTree): MeasureInTree[] {
  return [...tree.focusAreas.flatMap(descendants).flatMap((node) => node.measures), ...tree.unplacedMeasures];
}

function allGoals(tree: ProgrammeTree): GoalRow[] {
  return [...tree.focusAreas.flatMap(descendants).flatMap((node) => node.goals), ...tree.unplacedGoals];
}


export async function loadProgrammeDocument(
  db: Executor,
  tree: ProgrammeTree,
  options: { personal: boolean; today: string },
): Promise<ProgrammeDocumentSource> {
  const measures = allMeasures(tree);
  refuseLargerThan(measures.length, FILE_SIZE_LIMITS.documentMeasures, "measures");
  const [around, lines, parts] = await Promise.all([
    findProgrammeSurroundings(db, tree.programme),
    listBudgetLinesOfMeasures(db, measures.map((measure) => measure.id)),
    listPartsOfMeasures(db, measures.filter((measure) => measure.scope === "shared").map((measure) => measure.id)),
  ]);
  const goalTitles = new Map(allGoals(tree).map((goal) => [goal.id, goal.title]));
  const linesOf = groupBy(lines, (line) => line.measureId);
  const partsOf = groupBy(parts, (part) => part.measureId);
  const numbers = treeNumbers(tree);
  const [name, logo] = await Promise.all([
    officialNames(db, [
      tree.programme.ownerId,
      ...measures.flatMap((measure) => [measure.ownerId, measure.responsibleOrganisationId]),
      ...parts.map((part) => part.municipalityId),
    ]),
    documentLogo(db, tree.programme.ownerId),
  ]);

  const measureDocument = (measure: MeasureInTree): MeasureDocument => ({
    number: numbers.get(measure.id) ?? "",
    title: measure.title,
    description: measure.description,
    scope: measure.scope,
    ownerName: name(measure.ownerId) ?? "",
    // Without a named organisation the measure's owner answers for it.
    responsibleOrganisation: name(measure.responsibleOrganisationId) ?? name(measure.ownerId),
    // Published programmes are public; the names of people are not (as on the measure page).
    responsiblePerson: options.personal && measure.responsiblePerson ? measure.responsiblePerson : null,
    startDate: measure.startDate,
    endDate: measure.endDate,
    status: measure.status,
    progress: measure.progress,
    goals: measure.goalIds.flatMap((id) => goalTitles.get(id) ?? []),
    budget: (linesOf.get(measure.id) ?? []).map((line) => ({
      year: line.year, fundingSource: line.fundingSource, amount: { amountMinor: Number(line.amountMinor), currency: line.currency },
    })),
    parts: (partsOf.get(measure.id) ?? []).map((part) => ({
      municipalityName: name(part.municipalityId) ?? part.municipalityName,
      description: part.description,
      contactName: options.personal && part.contactName ? part.contactName : null,
      status: part.status,
      progress: part.progress,
      budgetShare: budgetShareOf(part),
    })),
  });

  const focusArea = (node: FocusAreaNode): FocusAreaDocument => {
    const below = descendants(node);
    return {
      title: node.title,
      heading: node.heading,
      description: node.description,
      subThemes: node.children.map((child) => child.title),
      goals: below.flatMap((area) => area.goals).map((goal) => ({ title: goal.title, description: goal.description })),
      measures: below.flatMap((area) => area.measures).map(measureDocument),
    };
  };

  const { programme } = tree;
  return {
    language: around.owner.languageForm,
    data: {
      council: { name: name(programme.ownerId) ?? around.owner.name, logo },
      title: programme.title,
      periodStart: programme.periodStart,
      periodEnd: programme.periodEnd,
      status: programme.status,
      revision: programme.revision,
      introduction: programme.introduction,
      strategy: around.strategy
        ? {
            title: around.strategy.title,
            vision: around.strategy.vision,
            overarchingGoal: around.strategy.overarchingGoal,
            description: around.strategy.description,
          }
        : null,
      adoption: around.adoption ?? null,
      focusAreas: tree.focusAreas.map(focusArea),
      otherGoals: tree.unplacedGoals.map((goal) => ({ title: goal.title, description: goal.description })),
      otherMeasures: tree.unplacedMeasures.map(measureDocument),
      generatedOn: options.today,
    },
  };
}
