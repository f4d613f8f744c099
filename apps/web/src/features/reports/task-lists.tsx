import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { ReportStateTag, TimelinessTags } from "./report-state-tag";
import { taskAction, taskHref } from "./task-link";
import type { QueueItem, ReportingRow } from "./types";

/** Reports not yet in: missing or still a draft, each linking to its form. */
export function DueList({ items, periodId }: { items: readonly ReportingRow[]; periodId: string }) {
  const { t } = useTranslation("reports");
  const due = items.filter((item) => item.state === "missing" || item.state === "draft");
  return (
    <>
      <Heading level={3} data-size="sm">
        {t("myTasks.due")}
      </Heading>
      {due.length === 0 ? (
        <Paragraph>{t("myTasks.dueEmpty")}</Paragraph>
      ) : (
        <ul className="task-list">
          {due.map((item) => (
            <li key={`${item.measureId}:${item.partId ?? ""}`}>
              <AppLink href={taskHref(item, periodId)}>
                {t(`actions.${taskAction(item)}`)}: {item.measureTitle}
              </AppLink>
              <span className="tag-row">
                <ReportStateTag state={item.state} />
                <TimelinessTags overdue={item.overdue} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Reports the secretariat sent back, with what it asked to have fixed. */
export function ReturnedList({ reports }: { reports: readonly QueueItem[] }) {
  const { t } = useTranslation("reports");
  return (
    <>
      <Heading level={3} data-size="sm">
        {t("myTasks.returned")}
      </Heading>
      {reports.length === 0 ? (
        <Paragraph>{t("myTasks.returnedEmpty")}</Paragraph>
      ) : (
        <ul className="task-list">
          {reports.map((report) => (
            <li key={report.id}>
              <AppLink href={hrefFor({ name: "report", id: report.id })}>
                {t("actions.fix")}: {report.measureTitle}
              </AppLink>
              <Paragraph data-size="sm">
                <strong>{t("myTasks.returnComment")}:</strong> {report.returnComment}
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
