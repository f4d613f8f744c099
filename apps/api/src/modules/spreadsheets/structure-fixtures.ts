import { programmeWorkbook, type ProgrammeWorkbookData } from "@samspill/documents";
import {
  findProgrammeTree, insertBudgetLine, insertFocusArea, insertGoal, listBudgetLinesOfMeasures, listPartsOfMeasures, setGoalsOfMeasure,
  type BudgetLineRow, type Executor, type FocusAreaNode, type ProgrammeRow,
} from "@samspill/db";
import { createProgramme, getTestDb } from "@samspill/db/testing";
import { sharedMeasure } from "../measures/measure-fixtures.js";
import { programmeWithMeasures, sheetMeasure } from "./spreadsheet-fixtures.js";

// A varied programme for the whole programme's import (a programme-wide goal, a sub-theme with
// its own goal and measure, parts and budgets), an empty draft to import into, workbooks, and
// the programme as a normalised tree that two programmes can be compared by.

export async function variedProgramme() {
  const world = await programmeWithMeasures();
  const db = await getTestDb();
  const { programme, focusArea } = world;
  await insertGoal(db, { programmeId: programme.id, focusAreaId: null, title: "Flere innbyggere i regionen", position: -1 });
  const theme = await insertFocusArea(db, { programmeId: programme.id, parentId: focusArea.id, title: "Bolig og stedsutvikling", heading: "Bo", position: 5 });
  const themeGoal = await insertGoal(db, { programmeId: programme.id, focusAreaId: theme.id, title: "Attraktive sentrum", description: "Levende byer.", position: 9 });
  const housing = await sharedMeasure(programme, { title: "Boligstrategi", focusAreaId: theme.id, position: 4, description: "Felles boligstrategi." });
  await setGoalsOfMeasure(db, housing.id, [themeGoal.id, world.goal.id]);
  await insertBudgetLine(db, { measureId: housing.id, partId: null, year: 2025, amountMinor: 75_000_00, currency: "NOK", fundingSource: "county_partnership_funds" });
  await insertBudgetLine(db, { measureId: housing.id, partId: null, year: 2024, amountMinor: 25_000_00, currency: "NOK", fundingSource: "council_funds" });
  return { ...world, theme };
}

export async function emptyDraft(ownerId: string): Promise<ProgrammeRow> {
  const { programme } = await createProgramme(await getTestDb(), { ownerId, focusAreaCount: 0 });
  return programme;
}

const NO_STRUCTURE: Omit<ProgrammeWorkbookData, "programme"> = { strategy: null, structure: [], municipalities: [], measures: [] };

/** A workbook (base64) with this structure and these measures, in the reader's layout. */
export async function structureFile(programme: ProgrammeRow, data: Partial<Omit<ProgrammeWorkbookData, "programme">> = {}): Promise<string> {
  const full: ProgrammeWorkbookData = {
    ...NO_STRUCTURE,
    structure: [
      { kind: "focus_area", heading: "Vekst", title: "Befolkningsvekst", description: "" },
      { kind: "goal", heading: null, title: "Tilflytting", description: "" },
    ],
    measures: [sheetMeasure({ focusArea: "Befolkningsvekst", goals: ["Tilflytting"] })],
    ...data,
    programme: { title: programme.title, periodStart: programme.periodStart, periodEnd: programme.periodEnd, currency: "NOK" },
  };
  return Buffer.from(await programmeWorkbook(full, "nb")).toString("base64");
}

const lineKey = (line: BudgetLineRow) => `${line.year} ${line.amountMinor} ${line.currency} ${line.fundingSource}`;

/** Everything the import writes, by name and in order, without ids, versions or timestamps. */
export async function normalisedTree(db: Executor, programmeId: string) {
  const tree = await findProgrammeTree(db, programmeId);
  if (!tree) throw new Error("no programme");
  const all = (nodes: readonly FocusAreaNode[]): FocusAreaNode[] => nodes.flatMap((node) => [node, ...all(node.children)]);
  const goalTitles = new Map([...tree.unplacedGoals, ...all(tree.focusAreas).flatMap((area) => area.goals)].map((goal) => [goal.id, goal.title]));
  const measures = [...tree.unplacedMeasures, ...all(tree.focusAreas).flatMap((area) => area.measures)];
  const ids = measures.map((measure) => measure.id);
  const [parts, lines] = await Promise.all([listPartsOfMeasures(db, ids), listBudgetLinesOfMeasures(db, ids)]);
  const measureOf = (measure: (typeof measures)[number]) => ({
    title: measure.title, description: measure.description, scope: measure.scope, ownerId: measure.ownerId,
    // The download names the owner where no one else is responsible, as the Word document does.
    responsible: measure.responsibleOrganisationId ?? measure.ownerId, responsiblePerson: measure.responsiblePerson,
    startDate: measure.startDate, endDate: measure.endDate, status: measure.status, progress: measure.progress, sdgGoals: measure.sdgGoals,
    goals: measure.goalIds.map((id) => goalTitles.get(id)).sort(),
    budget: lines.filter((line) => line.measureId === measure.id && line.partId === null).map(lineKey).sort(),
    parts: parts.filter((part) => part.measureId === measure.id).map((part) => ({
      municipality: part.municipalityName, description: part.description, contactName: part.contactName, contactEmail: part.contactEmail,
      status: part.status, progress: part.progress, budgetShareMinor: part.budgetShareMinor,
      budget: lines.filter((line) => line.partId === part.id).map(lineKey).sort(),
    })).sort((a, b) => a.municipality.localeCompare(b.municipality)),
  });
  const areaOf = (area: FocusAreaNode): unknown => ({
    heading: area.heading, title: area.title, description: area.description,
    goals: area.goals.map((goal) => [goal.title, goal.description]),
    measures: area.measures.map(measureOf),
    subThemes: area.children.map(areaOf),
  });
  return {
    goals: tree.unplacedGoals.map((goal) => [goal.title, goal.description]),
    focusAreas: tree.focusAreas.map(areaOf),
    unplacedMeasures: tree.unplacedMeasures.map(measureOf),
  };
}
