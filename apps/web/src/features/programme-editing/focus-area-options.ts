import type { FocusAreaNode } from "../programmes/types";

export interface FocusAreaOption {
  id: string;
  /** "Befolkningsvekst › Samferdsel": a sub-theme is named with its focus area, as titles repeat. */
  label: string;
  depth: number;
}

type Node = Pick<FocusAreaNode, "id" | "title"> & { children: Node[] };

/** The focus-area tree as select options, in programme order, each path spelled out. */
export function focusAreaOptions(nodes: readonly Node[], maxDepth = Number.POSITIVE_INFINITY): FocusAreaOption[] {
  const out: FocusAreaOption[] = [];
  const walk = (list: readonly Node[], path: string[], depth: number) => {
    for (const node of list) {
      const names = [...path, node.title];
      out.push({ id: node.id, label: names.join(" › "), depth });
      if (depth + 1 < maxDepth) walk(node.children, names, depth + 1);
    }
  };
  walk(nodes, [], 0);
  return out;
}
