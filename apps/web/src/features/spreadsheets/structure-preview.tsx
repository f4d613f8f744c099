import { Alert, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import type { RefObject } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { TableScroll } from "../../shared/ui/table-scroll";
import { problemMessage } from "./problem-text";
import type { StructureAreaNode, StructurePreview } from "./types";

// What the whole programme's workbook would create: the counts per level, the tree as the
// programme page will show it, and every problem by sheet, row and column in a table.

type Measures = StructureAreaNode["measures"];

function MeasureList({ measures }: { measures: Measures }) {
  const { t } = useTranslation(["structure-import", "spreadsheets"]);
  if (measures.length === 0) return null;
  return (
    <ul>
      {measures.map((measure) => (
        <li key={measure.row}>
          {measure.title}
          {measure.scope === "local" ? ` (${t("import.local")})` : measure.parts > 0 ? ` (${t("spreadsheets:import.parts", { count: measure.parts })})` : ""}
        </li>
      ))}
    </ul>
  );
}

function AreaItem({ area }: { area: StructureAreaNode }) {
  const { t } = useTranslation("structure-import");
  return (
    <li>
      <strong>{area.heading ? `${area.heading}: ${area.title}` : area.title}</strong>
      {area.goals.length > 0 && (
        <Paragraph data-size="sm">
          {t("import.goals")}: {area.goals.join("; ")}
        </Paragraph>
      )}
      <MeasureList measures={area.measures} />
      {area.subThemes.length > 0 && (
        <ul>
          {area.subThemes.map((theme) => (
            <AreaItem key={theme.row} area={theme} />
          ))}
        </ul>
      )}
    </li>
  );
}

const LEVELS = ["focusAreas", "subThemes", "goals", "measures", "parts", "budgetLines"] as const;

export function StructurePreviewView({ preview, headingRef }: { preview: StructurePreview; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation(["structure-import", "spreadsheets"]);
  const { t: sheetT } = useTranslation("spreadsheets");
  const { language } = useLanguage();
  const number = new Intl.NumberFormat(language);
  const count = preview.problems.length;
  const { tree } = preview;
  return (
    <section aria-labelledby="structure-preview-heading" className="stack">
      <Heading level={2} data-size="md" id="structure-preview-heading" ref={headingRef} tabIndex={-1}>
        {t("spreadsheets:import.previewHeading")}
      </Heading>
      {count > 0 ? (
        <Alert data-color="danger">
          <Heading level={3} data-size="xs">
            {t("spreadsheets:import.problemsHeading", { count })}
          </Heading>
          <Paragraph>{t("spreadsheets:import.problemsIntro")}</Paragraph>
        </Alert>
      ) : (
        <Alert data-color="success">
          <Paragraph>{t("spreadsheets:import.noProblems")}</Paragraph>
        </Alert>
      )}
      {count > 0 && (
        <TableScroll>
          <Table data-size="sm" className="import-table">
            <caption>{t("import.errorsCaption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("import.sheet")}</Table.HeaderCell>
                <Table.HeaderCell>{t("spreadsheets:import.row")}</Table.HeaderCell>
                <Table.HeaderCell>{t("import.column")}</Table.HeaderCell>
                <Table.HeaderCell>{t("import.message")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {preview.problems.map((problem, index) => (
                <Table.Row key={index} className="import-row--problem">
                  <Table.Cell>{problem.sheet ?? ""}</Table.Cell>
                  <Table.Cell>{problem.row}</Table.Cell>
                  <Table.Cell>{problem.column}</Table.Cell>
                  <Table.Cell>{problemMessage(sheetT, problem)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <Table data-size="sm" className="structure-counts">
        <caption>{t("import.countsCaption")}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t("import.level")}</Table.HeaderCell>
            <Table.HeaderCell>{t("import.count")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {LEVELS.map((level) => (
            <Table.Row key={level}>
              <Table.Cell>{t(`import.${level}`)}</Table.Cell>
              <Table.Cell>{number.format(preview.counts[level])}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Heading level={3} data-size="sm">
        {t("import.treeHeading")}
      </Heading>
      {tree.goals.length > 0 && (
        <Paragraph>
          {t("import.programmeGoals")}: {tree.goals.join("; ")}
        </Paragraph>
      )}
      <ul className="structure-tree">
        {tree.focusAreas.map((area) => (
          <AreaItem key={area.row} area={area} />
        ))}
      </ul>
      {tree.unplacedMeasures.length > 0 && (
        <>
          <Paragraph>{t("import.unplacedMeasures")}</Paragraph>
          <MeasureList measures={tree.unplacedMeasures} />
        </>
      )}
    </section>
  );
}
