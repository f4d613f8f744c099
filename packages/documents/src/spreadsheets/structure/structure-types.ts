import type { ImportedMeasure, ImportProblem } from "../import/import-types.js";
import type { StructureKind } from "./structure-layout.js";

// What reading the whole programme's workbook gives. Focus areas, sub-themes and goals do not
// exist yet, so they and the measures refer to each other by keys the writer turns into ids.

export interface ImportedFocusArea {
  row: number;
  key: string;
  /** The focus area of a sub-theme; null for a focus area. */
  parentKey: string | null;
  heading: string | null;
  title: string;
  description: string;
}

export interface ImportedGoal {
  row: number;
  key: string;
  /** The focus area or sub-theme above it; null for a goal of the whole programme. */
  focusAreaKey: string | null;
  title: string;
  description: string;
}

export interface StructurePreviewRow {
  row: number;
  kind: StructureKind;
  title: string;
}

export interface ProgrammeImport {
  focusAreas: ImportedFocusArea[];
  goals: ImportedGoal[];
  /** Their `focusAreaId` and `goalIds` are the keys of the focus areas and goals above. */
  measures: ImportedMeasure[];
  structureRows: StructurePreviewRow[];
  problems: ImportProblem[];
}
