import { Button, Table } from "@digdir/designsystemet-react";
import { formatDate } from "@samspill/i18n";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { TimelinessTags } from "./report-state-tag";
import { ReturnForm } from "./return-form";
import type { QueueItem } from "./types";
import type { Review } from "./use-review";
import { TableScroll } from "../../shared/ui/table-scroll";

interface QueueTableProps {
  caption: string;
  items: readonly QueueItem[];
  /** Absent for readers who may not review: the table then only lists. */
  review?: Review;
}

export function QueueTable({ caption, items, review }: QueueTableProps) {
  const { t } = useTranslation("reports");
  const { language } = useLanguage();
  // The report whose return comment is being written, one at a time.
  const [returning, setReturning] = useState<string>();
  return (
    <TableScroll>
      <Table data-size="sm">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t("columns.measure")}</Table.HeaderCell>
            <Table.HeaderCell>{t("columns.organisation")}</Table.HeaderCell>
            <Table.HeaderCell>{t("columns.submitted")}</Table.HeaderCell>
            {review && <Table.HeaderCell>{t("columns.action")}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((item) => (
            <Table.Row key={item.id}>
              <Table.Cell>
                <AppLink href={hrefFor({ name: "report", id: item.id })}>{item.measureTitle}</AppLink>
              </Table.Cell>
              <Table.Cell>{item.organisationName}</Table.Cell>
              <Table.Cell>
                <span className="tag-row">
                  {item.submittedAt ? formatDate(item.submittedAt, language) : ""}
                  <TimelinessTags late={item.late} />
                </span>
              </Table.Cell>
              {review && (
                <Table.Cell>
                  {returning === item.id ? (
                    <ReturnForm
                      measureTitle={item.measureTitle}
                      busy={review.busy}
                      onCancel={() => setReturning(undefined)}
                      onSend={async (comment) => {
                        if (await review.run({ kind: "return", id: item.id, comment })) setReturning(undefined);
                      }}
                    />
                  ) : (
                    <div className="button-row">
                      {/* Each row's buttons say whose report they act on; the visible word comes first (WCAG 2.5.3). */}
                      <Button
                        data-size="sm"
                        disabled={review.busy}
                        aria-label={`${t("queue.approve")}: ${item.measureTitle}, ${item.organisationName}`}
                        onClick={() => void review.run({ kind: "approve", id: item.id })}
                      >
                        {t("queue.approve")}
                      </Button>
                      <Button
                        data-size="sm"
                        variant="secondary"
                        aria-label={`${t("queue.returnTo")}: ${item.measureTitle}, ${item.organisationName}`}
                        onClick={() => setReturning(item.id)}
                      >
                        {t("queue.returnTo")}
                      </Button>
                    </div>
                  )}
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
