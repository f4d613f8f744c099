import { Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import type { FundingSource } from "@samspill/domain";
import { formatMoney } from "@samspill/i18n";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { useFocusReturn } from "../../shared/ui/focus";
import { BudgetEditor, type BudgetTask } from "./budget-editor";
import type { MeasureDetail, MeasurePart } from "./types";
import type { BudgetLine } from "./use-budget-lines";
import { YearFundsTable } from "./year-funds-table";
import { TableScroll } from "../../shared/ui/table-scroll";

type Money = { amountMinor: number; currency: string };

/** Several currencies never add up: each is shown on its own, joined. */
function useMoney() {
  const { language } = useLanguage();
  return (amounts: readonly Money[]) => amounts.map((money) => formatMoney(money.amountMinor, money.currency, language, { wholeUnits: true })).join(" + ");
}

interface BudgetSectionProps {
  measure: MeasureDetail;
  /** Lines of the whole measure: the server's rule for editing the measure. */
  canEditWhole: boolean;
  /** Lines of one municipality's part: the server's rule for editing that part. */
  canEditPart: (part: MeasurePart) => boolean;
}

/**
 * Budget lines by year and funding source, with the totals per year, per source and overall;
 * with edit and remove buttons on the lines the user may change, and a way to add one.
 */
export function BudgetSection({ measure, canEditWhole, canEditPart }: BudgetSectionProps) {
  const { t } = useTranslation("measures");
  const headingId = useId();
  const money = useMoney();
  const [task, setTask] = useState<BudgetTask>(null);
  // Focus returns to the line's button when its form closes, or to "add" when the line is gone.
  const addButton = useRef<HTMLButtonElement>(null);
  const opener = useFocusReturn(task !== null, addButton);
  const { budget } = measure;
  const lines = [...budget.lines].sort((a, b) => a.year - b.year || a.fundingSource.localeCompare(b.fundingSource));
  const editableParts = measure.parts.filter(canEditPart);
  const mayEdit = (line: BudgetLine) => (line.partId === null ? canEditWhole : editableParts.some((part) => part.id === line.partId));
  const anyEditable = canEditWhole || editableParts.length > 0;
  const actions = anyEditable && lines.some(mayEdit);
  // The council's and the county's funds are named as the measure owner's country names them.
  const sourceName = (source: FundingSource) => t(`fundingSource.${source}`, { context: measure.owner?.country });
  const lineName = (line: BudgetLine) => ({ year: line.year, source: sourceName(line.fundingSource) });
  const currency = budget.lines[0]?.amount.currency ?? measure.parts.find((part) => part.budgetShare)?.budgetShare?.currency ?? "NOK";
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("budget.heading")}
      </Heading>
      {lines.length === 0 ? (
        <Paragraph>{t("budget.empty")}</Paragraph>
      ) : (
        <TableScroll>
          <Table zebra border data-size="sm">
            <caption>{t("budget.caption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("budget.year")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("budget.source")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("budget.description")}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">{t("budget.amount")}</Table.HeaderCell>
                {actions && <Table.HeaderCell scope="col">{t("budgetEdit.actions")}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {lines.map((line) => (
                <Table.Row key={line.id}>
                  <Table.HeaderCell scope="row">{line.year}</Table.HeaderCell>
                  <Table.Cell>{sourceName(line.fundingSource)}</Table.Cell>
                  <Table.Cell>{line.description}</Table.Cell>
                  <Table.Cell className="numeric">{money([line.amount])}</Table.Cell>
                  {actions && (
                    <Table.Cell>
                      {mayEdit(line) && (
                        <span className="button-row">
                          <Button type="button" variant="tertiary" data-size="sm" aria-label={t("budgetEdit.editLine", lineName(line))} onClick={(event) => { opener.current = event.currentTarget; setTask({ kind: "edit", line }); }}>
                            {t("budgetEdit.edit")}
                          </Button>
                          <Button type="button" variant="tertiary" data-size="sm" data-color="danger" aria-label={t("budgetEdit.removeLine", lineName(line))} onClick={(event) => { opener.current = event.currentTarget; setTask({ kind: "remove", line }); }}>
                            {t("budgetEdit.remove")}
                          </Button>
                        </span>
                      )}
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
            <tfoot>
              {budget.totals.byYear.length > 1 &&
                budget.totals.byYear.map((year) => (
                  <Table.Row key={year.year}>
                    <Table.HeaderCell scope="row" colSpan={3}>{t("budget.totalYear", { year: year.year })}</Table.HeaderCell>
                    <Table.Cell className="numeric">{money(year.amounts)}</Table.Cell>
                    {actions && <Table.Cell />}
                  </Table.Row>
                ))}
              {budget.totals.bySource.map((source) => (
                <Table.Row key={source.fundingSource}>
                  <Table.HeaderCell scope="row" colSpan={3}>{sourceName(source.fundingSource)}</Table.HeaderCell>
                  <Table.Cell className="numeric">{money(source.amounts)}</Table.Cell>
                  {actions && <Table.Cell />}
                </Table.Row>
              ))}
              <Table.Row>
                <Table.HeaderCell scope="row" colSpan={3}>{t("budget.total")}</Table.HeaderCell>
                <Table.Cell className="numeric"><strong>{money(budget.totals.total)}</strong></Table.Cell>
                {actions && <Table.Cell />}
              </Table.Row>
            </tfoot>
          </Table>
        </TableScroll>
      )}
      <YearFundsTable years={budget.years} />
      {anyEditable && (
        <BudgetEditor
          measureId={measure.id}
          currency={currency}
          task={task}
          onTask={setTask}
          addButton={addButton}
          parts={editableParts.map((part) => ({ id: part.id, name: part.municipalityName ?? part.municipalityId }))}
          allowWhole={canEditWhole}
          lineName={lineName}
          sourceName={sourceName}
        />
      )}
    </section>
  );
}
