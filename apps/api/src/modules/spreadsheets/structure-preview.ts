import type { ImportedFocusArea, ProgrammeImport } from "@samspill/documents";
import { structureCounts } from "./structure-import-input.js";

// The preview of the whole programme: the counts per level and the tree the import would
// create (focus areas with their goals, measures and sub-themes), and every problem.

interface MeasureNode {
  row: number;
  title: string;
  scope: "shared" | "local";
  parts: number;
}

interface AreaNode {
  row: number;
  heading: string | null;
  title: string;
  goals: string[];
  measures: MeasureNode[];
  subThemes: AreaNode[];
}

export function structurePreviewView(result: ProgrammeImport, programmeVersion: number) {
  const measuresIn = (key: string | null): MeasureNode[] =>
    result.measures
      .filter((measure) => measure.focusAreaId === key)
      .map((measure) => ({ row: measure.row, title: measure.title, scope: measure.scope, parts: measure.parts.length }));
  const goalsIn = (key: string | null) => result.goals.filter((goal) => goal.focusAreaKey === key).map((goal) => goal.title);
  const node = (area: ImportedFocusArea): AreaNode => ({
    row: area.row, heading: area.heading, title: area.title, goals: goalsIn(area.key), measures: measuresIn(area.key),
    subThemes: result.focusAreas.filter((child) => child.parentKey === area.key).map(node),
  });
  return {
    programmeVersion,
    counts: structureCounts(result),
    tree: {
      goals: goalsIn(null),
      focusAreas: result.focusAreas.filter((area) => area.parentKey === null).map(node),
      unplacedMeasures: measuresIn(null),
    },
    problems: result.problems,
  };
}
