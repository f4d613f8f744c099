import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { MeasureStatus } from "@samspill/domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { MeasureStatusTag } from "../measures/measure-status-tag";
import { ChangesTable, type FieldChange } from "./changes-table";
import { DiffGroup } from "./diff-group";
import type { ValueContext } from "./format-value";

interface Row {
  id: string;
  title: string;
  status?: MeasureStatus;
}

export interface EntityDiff {
  added: readonly Row[];
  removed: readonly Row[];
  changed: ReadonlyArray<{ previous: Row; next: Row; changes: readonly FieldChange[] }>;
  carriedForward: ReadonlyArray<{ previous: Row; next: Row }>;
}

interface DiffSectionProps {
  heading: string;
  diff: EntityDiff;
  context: ValueContext;
  contentLang: string;
  /** Measures: what was left behind is "not carried forward", with the status that explains why. */
  measures?: boolean;
}

function RowList({ rows, contentLang, withStatus = false }: { rows: readonly Row[]; contentLang: string; withStatus?: boolean }) {
  return (
    <ul className="diff-list">
      {rows.map((row) => (
        <li key={row.id}>
          <span lang={contentLang}>{row.title}</span>
          {withStatus && row.status && (
            <>
              {" "}
              <MeasureStatusTag status={row.status} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One kind of row (focus areas, goals or measures): a summary line, then the four groups. */
export function DiffSection({ heading, diff, context, contentLang, measures = false }: DiffSectionProps) {
  const { t } = useTranslation("revision");
  const headingId = useId();
  const none = t("diff.none");
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="md" id={headingId}>
        {heading}
      </Heading>
      <Paragraph>
        {/* Measures not carried forward were mostly finished, not removed: the summary says so as the group does. */}
        {t(measures ? "diff.summaryMeasures" : "diff.summary", {
          added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length, carried: diff.carriedForward.length,
        })}
      </Paragraph>
      <DiffGroup kind="added" label={t("diff.added")} count={diff.added.length} emptyText={none}>
        <RowList rows={diff.added} contentLang={contentLang} />
      </DiffGroup>
      <DiffGroup kind="changed" label={t("diff.changed")} count={diff.changed.length} emptyText={none}>
        {diff.changed.map((entry) => (
          <ChangesTable key={entry.next.id} title={entry.next.title} changes={entry.changes} context={context} contentLang={contentLang} />
        ))}
      </DiffGroup>
      <DiffGroup kind="removed" label={measures ? t("diff.notCarried") : t("diff.removed")} count={diff.removed.length} emptyText={none}>
        <RowList rows={diff.removed} contentLang={contentLang} withStatus />
      </DiffGroup>
      <DiffGroup kind="carried" label={t("diff.carried")} count={diff.carriedForward.length} emptyText={none}>
        <RowList rows={diff.carriedForward.map((entry) => entry.next)} contentLang={contentLang} />
      </DiffGroup>
    </section>
  );
}
