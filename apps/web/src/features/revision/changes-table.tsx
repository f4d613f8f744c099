import { Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { fieldLabel, formatValue, isContentField, type ValueContext } from "./format-value";
import { TableScroll } from "../../shared/ui/table-scroll";

export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

interface ChangesTableProps {
  title: string;
  changes: readonly FieldChange[];
  context: ValueContext;
  contentLang: string;
}

/** One changed row's fields, before → after, as a table with a caption naming the row. */
export function ChangesTable({ title, changes, context, contentLang }: ChangesTableProps) {
  const { t } = useTranslation("revision");
  return (
    <TableScroll>
      <Table data-size="sm" zebra>
        <caption>{t("diff.changesCaption", { title })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("diff.field")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("diff.before")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("diff.after")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {changes.map((change) => {
            const lang = isContentField(change.field) ? contentLang : undefined;
            return (
            <Table.Row key={change.field}>
              <Table.HeaderCell scope="row">{fieldLabel(change.field, context.t)}</Table.HeaderCell>
              <Table.Cell lang={lang}>
                <span className="diff-before">{formatValue(change.field, change.before, context)}</span>
              </Table.Cell>
              <Table.Cell lang={lang}>{formatValue(change.field, change.after, context)}</Table.Cell>
            </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
