import type { ProgrammeStatus } from "../shared/enums";

// Which programmes a figure looks at (packages/domain/FIGURES.md). A draft is a proposal:
// nothing is owed or counted on it until the council adopts it.

/** Adopted and not superseded: its measures are the council's work today (status counts, budget). */
export const CURRENT_PROGRAMME_STATUSES = ["adopted"] as const satisfies readonly ProgrammeStatus[];

/** Adopted at some time, superseded since or not: what may have been in force in a past reporting period. */
export const ADOPTED_PROGRAMME_STATUSES = ["adopted", "superseded"] as const satisfies readonly ProgrammeStatus[];
