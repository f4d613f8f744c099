import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { MeasuresTable } from "../measures/measures-table";
import { GoalIndicators } from "./goal-indicators";
import type { FocusAreaNode } from "./types";
import { TextBlocks } from "../../shared/ui/text-blocks";

type Level = 2 | 3 | 4 | 5 | 6;

const deeper = (level: Level): Level => (level < 6 ? ((level + 1) as Level) : 6);

/** Sub-themes with their own goals, measures or text get a section; bare titles are only listed. */
function hasContent(node: FocusAreaNode): boolean {
  return node.description !== "" || node.goals.length > 0 || node.measures.length > 0 || node.children.length > 0;
}

/** A focus area and, nested one heading level down, its sub-themes. */
interface FocusAreaSectionProps {
  node: FocusAreaNode;
  level: Level;
  /** Language of the organisation's own texts, which may differ from the UI language (WCAG 3.1.2). */
  contentLang: string;
}

export function FocusAreaSection({ node, level, contentLang }: FocusAreaSectionProps) {
  const { t } = useTranslation("programmes");
  const headingId = useId();
  const measuresId = useId();
  const sub = deeper(level);
  const detailedChildren = node.children.filter(hasContent);
  return (
    <section aria-labelledby={headingId} className="stack">
      <div>
        <Heading level={level} data-size={level === 2 ? "md" : "sm"} id={headingId} lang={contentLang}>
          {node.title}
        </Heading>
        {node.heading && (
          <Paragraph className="subtitle" data-size="lg" lang={contentLang}>
            {node.heading}
          </Paragraph>
        )}
      </div>
      {node.description && <TextBlocks text={node.description} lang={contentLang} />}
      {node.children.length > 0 && (
        <div>
          <Heading level={sub} data-size="2xs">
            {t("detail.subThemes")}
          </Heading>
          <ul lang={contentLang}>
            {node.children.map((child) => (
              <li key={child.id}>{child.title}</li>
            ))}
          </ul>
        </div>
      )}
      {node.goals.length > 0 && (
        <div>
          <Heading level={sub} data-size="2xs">
            {t("detail.goals")}
          </Heading>
          <ul lang={contentLang}>
            {node.goals.map((goal) => (
              <li key={goal.id}>
                <strong>{goal.title}</strong>
                {goal.description && <Paragraph data-size="sm">{goal.description}</Paragraph>}
                <GoalIndicators goalId={goal.id} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {node.measures.length > 0 && (
        <div className="stack">
          <Heading level={sub} data-size="2xs" id={measuresId}>
            {t("detail.measures")}
          </Heading>
          <MeasuresTable measures={node.measures} labelledBy={measuresId} contentLang={contentLang} />
        </div>
      )}
      {detailedChildren.map((child) => (
        <FocusAreaSection key={child.id} node={child} level={sub} contentLang={contentLang} />
      ))}
    </section>
  );
}
