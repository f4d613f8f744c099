import { Alert, Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import type { RefObject } from "react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../shared/ui/table-scroll";
import { problemMessage } from "./problem-text";
import type { ImportPreview, ImportProblem } from "./types";

interface ImportPreviewViewProps {
  preview: ImportPreview;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

const rowAnchor = (row: number) => `import-row-${row}`;

/**
 * What the file would create, and every problem: first as a summary whose entries lead to
 * their rows (WCAG 3.3.1 names each by row and column in text), then in the table beside the
 * row it belongs to.
 */
export function ImportPreviewView({ preview, headingRef }: ImportPreviewViewProps) {
  const { t } = useTranslation("spreadsheets");
  const byRow = new Map<number, ImportProblem[]>();
  for (const problem of preview.problems) byRow.set(problem.row, [...(byRow.get(problem.row) ?? []), problem]);
  const rowNumbers = new Set(preview.rows.map((row) => row.row));
  const count = preview.problems.length;

  return (
    <section aria-labelledby="import-preview-heading" className="stack">
      <Heading level={2} data-size="md" id="import-preview-heading" ref={headingRef} tabIndex={-1}>
        {t("import.previewHeading")}
      </Heading>
      {count > 0 ? (
        <Alert data-color="danger">
          <Heading level={3} data-size="xs">
            {t("import.problemsHeading", { count })}
          </Heading>
          <Paragraph>{t("import.problemsIntro")}</Paragraph>
          <ul className="import-problems">
            {preview.problems.map((problem, index) => {
              const text = t("import.problem", { row: problem.row, column: problem.column, message: problemMessage(t, problem) });
              return <li key={index}>{rowNumbers.has(problem.row) ? <Link href={`#${rowAnchor(problem.row)}`}>{text}</Link> : text}</li>;
            })}
          </ul>
        </Alert>
      ) : (
        <Alert data-color="success">
          <Paragraph>
            {t("import.wouldCreate", {
              measures: t("import.measures", { count: preview.measureCount }),
              parts: t("import.parts", { count: preview.partCount }),
            })}{" "}
            {t("import.noProblems")}
          </Paragraph>
        </Alert>
      )}
      <TableScroll>
        <Table data-size="sm" className="import-table">
          <caption>{t("import.caption")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("import.row")}</Table.HeaderCell>
              <Table.HeaderCell>{t("import.type")}</Table.HeaderCell>
              <Table.HeaderCell>{t("import.title")}</Table.HeaderCell>
              <Table.HeaderCell>{t("import.municipality")}</Table.HeaderCell>
              <Table.HeaderCell>{t("import.status")}</Table.HeaderCell>
              <Table.HeaderCell>{t("import.problems")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {preview.rows.map((row) => {
              const problems = byRow.get(row.row) ?? [];
              return (
                <Table.Row key={row.row} id={rowAnchor(row.row)} tabIndex={-1} className={problems.length > 0 ? "import-row--problem" : undefined}>
                  <Table.Cell>{row.row}</Table.Cell>
                  <Table.Cell>{t(`kind.${row.kind}`)}</Table.Cell>
                  <Table.Cell>{row.title}</Table.Cell>
                  <Table.Cell>{row.municipality}</Table.Cell>
                  <Table.Cell>{row.status}</Table.Cell>
                  <Table.Cell>
                    {problems.length === 0 ? (
                      t("import.rowOk")
                    ) : (
                      <ul className="import-cell-problems">
                        {problems.map((problem, index) => (
                          <li key={index}>{t("import.problemInColumn", { column: problem.column, message: problemMessage(t, problem) })}</li>
                        ))}
                      </ul>
                    )}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}
