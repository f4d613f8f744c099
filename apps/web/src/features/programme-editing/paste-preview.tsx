import { Table, Tag } from "@digdir/designsystemet-react";
import { PASTE_COLUMNS } from "@samspill/domain";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../shared/ui/table-scroll";
import type { LineProblem, PastePlan, PasteTarget, PreviewRow } from "./paste-plan";

interface PastePreviewProps {
  target: PasteTarget;
  plan: PastePlan;
  problems: readonly LineProblem[];
}

/** One row per pasted line as it will be saved, a line with a problem marked in its own column. */
export function PastePreview({ target, plan, problems }: PastePreviewProps) {
  const { t } = useTranslation("paste-entry");
  const columns = PASTE_COLUMNS[target];
  const flagged = new Set(problems.map((problem) => problem.line));
  const note = (row: PreviewRow) => {
    if (target === "structure") return row.existingArea ? t("structure.existing") : t("structure.new");
    if (target === "measures") return row.localTo ? t("measures.local", { municipality: row.localTo }) : t("measures.shared");
    return null;
  };
  return (
    <TableScroll>
      <Table border data-size="sm">
        <caption>{t("previewCaption", { count: plan.rows.length })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t("line")}</Table.HeaderCell>
            {columns.map((column) => <Table.HeaderCell key={column}>{t(`column.${column}`)}</Table.HeaderCell>)}
            {target !== "goals" && <Table.HeaderCell>{t(`${target}.note`)}</Table.HeaderCell>}
            <Table.HeaderCell>{t("status")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {plan.rows.map((row) => (
            <Table.Row key={row.line}>
              <Table.HeaderCell scope="row">{row.line}</Table.HeaderCell>
              {columns.map((column) => <Table.Cell key={column}>{row.cells[column as keyof PreviewRow["cells"]] ?? ""}</Table.Cell>)}
              {target !== "goals" && <Table.Cell>{note(row)}</Table.Cell>}
              <Table.Cell>
                {flagged.has(row.line)
                  ? <Tag data-color="danger" data-size="sm">{t("hasProblem")}</Tag>
                  : <Tag data-color="success" data-size="sm">{t("fine")}</Tag>}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
