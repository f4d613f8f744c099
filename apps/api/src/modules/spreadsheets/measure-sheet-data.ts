import {
  findOrganisationById, findProgrammeTree, listBudgetLinesOfMeasures, listPartsOfMeasures, pageMeasures,
  type BudgetLineRow, type Executor, type FocusAreaNode, type MeasurePageFilter, type MeasureListRow, type ProgrammeRow,
} from "@samspill/db";
import { FILE_SIZE_LIMITS, refuseLargerThan, type MeasureSheetData, type SheetBudgetLine, type SheetMeasure } from "@samspill/documents";
import { DomainError, groupBy, measureForReader, partForReader, type Currency } from "@samspill/domain";
import { officialNames } from "../documents/official-names.js";
import { budgetShareOf } from "../measures/measure-view.js";
import { treeNumbers } from "../programmes/programme-view.js";

// The measures a list shows, gathered for the spreadsheet: every page of the same filtered,
// sorted query `measures.list` runs, with each measure's goals, parts and budget lines by name.
// The responsible organisation is named as it signs ("Stange kommune"); without one named, the
// measure's owner answers for it, as in the Word document.

const PAGE = 500;

/** Every measure the filter matches; more than a spreadsheet may hold is refused at the first page. */
async function everyPage(db: Executor, filter: MeasurePageFilter): Promise<MeasureListRow[]> {
  const items: MeasureListRow[] = [];
  for (let offset = 0; offset < FILE_SIZE_LIMITS.sheetMeasures; offset += PAGE) {
    const page = await pageMeasures(db, { ...filter, limit: PAGE, offset });
    refuseLargerThan(page.total, FILE_SIZE_LIMITS.sheetMeasures, "measures");
    items.push(...page.items);
    if (page.items.length < PAGE || items.length >= page.total) break;
  }
  return items;
}

function flatten(nodes: readonly FocusAreaNode[]): FocusAreaNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

function budgetOf(lines: readonly BudgetLineRow[], partId: string | null): SheetBudgetLine[] {
  return lines
    .filter((line) => line.partId === partId)
    .map((line) => ({ year: line.year, amountMinor: Number(line.amountMinor), currency: line.currency, fundingSource: line.fundingSource }));
}


export async function measureSheetData(
  db: Executor,
  programme: ProgrammeRow,
  filter: MeasurePageFilter,
  currency: Currency,
  /** Whether the reader sees people's names and addresses (`seesPersonalData`). */
  personal: boolean,
): Promise<MeasureSheetData> {
  const tree = await findProgrammeTree(db, programme.id);
  if (!tree) throw new DomainError("NOT_FOUND", { params: { kind: "programme" } });
  const areas = flatten(tree.focusAreas);
  const areaTitles = new Map(areas.map((area) => [area.id, area.title]));
  const goalTitles = new Map([...areas.flatMap((area) => area.goals), ...tree.unplacedGoals].map((goal) => [goal.id, goal.title]));
  const goalIds = new Map([...areas.flatMap((area) => area.measures), ...tree.unplacedMeasures].map((measure) => [measure.id, measure.goalIds]));
  const numbers = treeNumbers(tree);

  const rows = (await everyPage(db, filter)).map((row) => measureForReader(row, personal));
  const names = new Map<string, string>();
  const nameOf = async (id: string | null) => {
    if (id === null) return null;
    if (!names.has(id)) names.set(id, (await findOrganisationById(db, id))?.name ?? "");
    return names.get(id) ?? null;
  };
  // Parts and budget lines of every measure in two queries, however long the list.
  const ids = rows.map((row) => row.id);
  const [allParts, allLines] = await Promise.all([listPartsOfMeasures(db, ids), listBudgetLinesOfMeasures(db, ids)]);
  const partsOf = groupBy(allParts, (part) => part.measureId);
  const linesOf = groupBy(allLines, (line) => line.measureId);
  const official = await officialNames(db, rows.flatMap((row) => [row.ownerId, row.responsibleOrganisationId]));
  const measures: SheetMeasure[] = [];
  for (const row of rows) {
    const parts = (partsOf.get(row.id) ?? []).map((part) => partForReader(part, personal));
    const lines = linesOf.get(row.id) ?? [];
    // Filtered to one municipality ("my tasks"), a shared measure shows that municipality's part only.
    const shown = filter.municipalityId ? parts.filter((part) => part.municipalityId === filter.municipalityId) : parts;
    measures.push({
      number: numbers.get(row.id) ?? "",
      title: row.title,
      description: row.description,
      focusArea: row.focusAreaId ? (areaTitles.get(row.focusAreaId) ?? null) : null,
      goals: (goalIds.get(row.id) ?? []).map((id) => goalTitles.get(id) ?? "").filter(Boolean),
      scope: row.scope,
      municipality: row.scope === "local" ? await nameOf(row.ownerId) : null,
      responsibleOrganisation: official(row.responsibleOrganisationId) ?? official(row.ownerId),
      responsiblePerson: row.responsiblePerson,
      startDate: row.startDate,
      endDate: row.endDate,
      status: row.status,
      progress: row.progress,
      sdgGoals: row.sdgGoals,
      budget: budgetOf(lines, null),
      parts: shown.map((part) => ({
        municipality: part.municipalityName,
        description: part.description,
        contactName: part.contactName,
        contactEmail: part.contactEmail,
        status: part.status,
        progress: part.progress,
        budgetShare: budgetShareOf(part),
        budget: budgetOf(lines, part.id),
      })),
    });
  }
  return {
    programme: { title: programme.title, periodStart: programme.periodStart, periodEnd: programme.periodEnd, currency },
    measures,
  };
}
