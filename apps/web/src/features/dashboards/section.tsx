import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId, type ReactNode } from "react";

interface SectionProps {
  heading: string;
  /** Shown instead of the content when there is nothing to show. */
  empty?: string | false;
  children: (headingId: string) => ReactNode;
}

/** A dashboard section: an h2 that also names the table inside it, or an empty-state text. */
export function Section({ heading, empty, children }: SectionProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {heading}
      </Heading>
      {empty ? <Paragraph>{empty}</Paragraph> : children(headingId)}
    </section>
  );
}
