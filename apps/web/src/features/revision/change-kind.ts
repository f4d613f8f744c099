// The four kinds of change in a revision, each with its colour and an icon so that colour is
// never the only signal (the heading's word says it too).
export type ChangeKind = "added" | "changed" | "removed" | "carried";

export const KIND_ICON: Record<ChangeKind, string> = {
  added: "+",
  changed: "✎",
  removed: "−",
  carried: "→",
};
