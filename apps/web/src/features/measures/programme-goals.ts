interface GoalLike {
  id: string;
  title: string;
}

interface AreaLike {
  goals: readonly GoalLike[];
  children: readonly AreaLike[];
}

/** Every goal of a programme, in the order the page shows them: focus areas depth first. */
export function programmeGoals(programme: { focusAreas: readonly AreaLike[]; unassignedGoals?: readonly GoalLike[] }): GoalLike[] {
  const walk = (areas: readonly AreaLike[]): GoalLike[] =>
    areas.flatMap((area) => [...area.goals.map(({ id, title }) => ({ id, title })), ...walk(area.children)]);
  return [...walk(programme.focusAreas), ...(programme.unassignedGoals ?? []).map(({ id, title }) => ({ id, title }))];
}
