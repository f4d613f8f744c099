import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId, type ReactNode } from "react";
import { KIND_ICON, type ChangeKind } from "./change-kind";

interface DiffGroupProps {
  kind: ChangeKind;
  label: string;
  count: number;
  emptyText: string;
  children: ReactNode;
}

/**
 * One kind of change (added, changed …) under its own h3: a coloured edge, an icon and the
 * word, so the kind never depends on colour alone; the count is part of the heading.
 */
export function DiffGroup({ kind, label, count, emptyText, children }: DiffGroupProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={`stack diff-group diff-group--${kind}`} data-kind={kind}>
      <Heading level={3} data-size="xs" id={headingId}>
        <span className="diff-icon" aria-hidden="true">
          {KIND_ICON[kind]}
        </span>
        {label} ({count})
      </Heading>
      {count === 0 ? <Paragraph className="meta">{emptyText}</Paragraph> : children}
    </section>
  );
}
