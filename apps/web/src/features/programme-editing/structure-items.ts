import type { ProgrammeDetail } from "../programmes/types";

export type ItemKind = "focusArea" | "goal";

/** What an edit or removal needs of a focus area, sub-theme or goal. */
export interface StructureItem {
  kind: ItemKind;
  id: string;
  title: string;
  heading: string | null;
  description: string;
  version: number;
}

type Goal = ProgrammeDetail["unassignedGoals"][number];
type Area = Pick<ProgrammeDetail["focusAreas"][number], "id" | "title" | "heading" | "description" | "version"> & {
  goals: readonly Goal[];
  children: readonly Area[];
};

export const goalItem = (goal: Goal): StructureItem => ({ kind: "goal", heading: null, ...pick(goal) });
export const areaItem = (area: Area): StructureItem => ({ kind: "focusArea", heading: area.heading, ...pick(area) });

function pick({ id, title, description, version }: Goal | Area) {
  return { id, title, description, version };
}

/** The item as it is in a (fresh) programme, or null when it is gone: "apply again" needs its version. */
export function findItem(programme: { focusAreas: readonly Area[]; unassignedGoals: readonly Goal[] }, kind: ItemKind, id: string): StructureItem | null {
  if (kind === "goal") {
    const loose = programme.unassignedGoals.find((goal) => goal.id === id);
    if (loose) return goalItem(loose);
  }
  const walk = (areas: readonly Area[]): StructureItem | null => {
    for (const area of areas) {
      if (kind === "focusArea" && area.id === id) return areaItem(area);
      const goal = kind === "goal" ? area.goals.find((g) => g.id === id) : undefined;
      if (goal) return goalItem(goal);
      const found = walk(area.children);
      if (found) return found;
    }
    return null;
  };
  return walk(programme.focusAreas);
}
