import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId, type ReactNode } from "react";

interface AgreementSectionProps {
  heading: string;
  /** Shown instead of the content when there is nothing to show. */
  empty?: string | false;
  children: (headingId: string) => ReactNode;
  /** The county official's controls for this part of the agreement, after what is in it. */
  editor?: ReactNode;
}

/** One part of an agreement: an h2 that also names the table inside it, and its editor when the viewer may edit. */
export function AgreementSection({ heading, empty, children, editor }: AgreementSectionProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {heading}
      </Heading>
      {empty ? <Paragraph>{empty}</Paragraph> : children(headingId)}
      {editor}
    </section>
  );
}
