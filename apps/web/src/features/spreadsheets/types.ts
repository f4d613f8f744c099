import type { AppRouter } from "@samspill/api";
import type { inferRouterOutputs } from "@trpc/server";

type Spreadsheets = inferRouterOutputs<AppRouter>["spreadsheets"];

export type ImportPreview = Spreadsheets["previewMeasureImport"];
export type ImportProblem = ImportPreview["problems"][number];
export type ImportResult = Spreadsheets["importMeasures"];

export type StructurePreview = Spreadsheets["previewStructureImport"];
export type StructureResult = Spreadsheets["importStructure"];
export type StructureAreaNode = StructurePreview["tree"]["focusAreas"][number];
