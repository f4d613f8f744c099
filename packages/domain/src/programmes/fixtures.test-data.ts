import type { ProgrammeSnapshot } from "./revision";

// A small Hamarregionen programme (seed 004) shared by the revision and diff tests.

export interface TestMeasure {
  id: string;
  programmeId: string;
  focusAreaId: string | null;
  goalIds: string[];
  status: "planned" | "in_progress" | "completed" | "delayed" | "cancelled";
  predecessorId: string | null;
  title: string;
  progress: number;
}

export function hamarProgramme(): ProgrammeSnapshot<
  { id: string; status: "adopted"; revision: number; predecessorId: null; adoptedDecisionId: string; published: boolean; title: string },
  { id: string; programmeId: string; parentId: string | null; predecessorId: null; title: string },
  { id: string; programmeId: string; focusAreaId: string | null; predecessorId: null; title: string },
  TestMeasure
> {
  const p = "prog-2022";
  return {
    programme: { id: p, status: "adopted", revision: 1, predecessorId: null, adoptedDecisionId: "vedtak-12-21", published: true, title: "Handlingsprogram 2022–2023" },
    focusAreas: [
      // The sub-theme comes before its parent on purpose.
      { id: "fa-samferdsel", programmeId: p, parentId: "fa-befolkning", predecessorId: null, title: "Samferdsel" },
      { id: "fa-befolkning", programmeId: p, parentId: null, predecessorId: null, title: "Befolkningsvekst" },
      { id: "fa-kompetanse", programmeId: p, parentId: null, predecessorId: null, title: "Kompetanse og næringsutvikling" },
    ],
    goals: [
      { id: "goal-lading", programmeId: p, focusAreaId: "fa-samferdsel", predecessorId: null, title: "Utbygd ladenett" },
      { id: "goal-nettverk", programmeId: p, focusAreaId: "fa-kompetanse", predecessorId: null, title: "Sterke nettverk" },
    ],
    measures: [
      { id: "m-lading", programmeId: p, focusAreaId: "fa-samferdsel", goalIds: ["goal-lading"], status: "in_progress", predecessorId: null, title: "Regional ladestruktur", progress: 40 },
      { id: "m-mjosby", programmeId: p, focusAreaId: "fa-befolkning", goalIds: [], status: "planned", predecessorId: null, title: "Mjøsby-samarbeid", progress: 0 },
      { id: "m-eu", programmeId: p, focusAreaId: "fa-kompetanse", goalIds: ["goal-nettverk"], status: "delayed", predecessorId: null, title: "EU/EØS-prosjekter", progress: 10 },
      { id: "m-lo-nho", programmeId: p, focusAreaId: "fa-kompetanse", goalIds: ["goal-nettverk"], status: "completed", predecessorId: null, title: "Møter med LO og NHO", progress: 100 },
      { id: "m-utenforskap", programmeId: p, focusAreaId: null, goalIds: [], status: "cancelled", predecessorId: null, title: "Utenforskap", progress: 0 },
    ],
  };
}

export function counterIds(prefix = "new"): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}
