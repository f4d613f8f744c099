interface HasOwner {
  owner: { id: string; name: string };
  periodStart: string;
}

export interface OwnerGroup<T extends HasOwner> {
  owner: T["owner"];
  programmes: T[];
}

/**
 * Programmes grouped by the organisation that owns them: owners in alphabetical order of the
 * reader's language (å after z in Norwegian and Swedish), newest programme first in each.
 */
export function groupByOwner<T extends HasOwner>(items: readonly T[], locale: string): OwnerGroup<T>[] {
  const groups = new Map<string, OwnerGroup<T>>();
  for (const item of items) {
    const group = groups.get(item.owner.id);
    if (group) group.programmes.push(item);
    else groups.set(item.owner.id, { owner: item.owner, programmes: [item] });
  }
  const collator = new Intl.Collator(locale);
  return [...groups.values()]
    .sort((a, b) => collator.compare(a.owner.name, b.owner.name))
    .map((group) => ({
      ...group,
      programmes: [...group.programmes].sort((a, b) => b.periodStart.localeCompare(a.periodStart)),
    }));
}
