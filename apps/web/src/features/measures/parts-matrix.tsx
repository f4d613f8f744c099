import { Button, Paragraph, Table } from "@digdir/designsystemet-react";
import { formatPercent } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { MeasureStatusTag } from "./measure-status-tag";
import { ProgressBar } from "./progress-bar";
import type { MeasureDetail, MeasurePart } from "./types";
import { TableScroll } from "../../shared/ui/table-scroll";

interface PartsMatrixProps {
  parts: readonly MeasurePart[];
  rollUp: MeasureDetail["rollUp"];
  captionId: string;
  /** Whether the server would let this user edit the part; only then is there a button. */
  canEdit: (part: MeasurePart) => boolean;
  /** The button pressed goes along, so that focus can return to it when the form closes. */
  onEdit: (part: MeasurePart, trigger: HTMLElement) => void;
}

/** A shared measure's parts, one row per municipality, with status and progress. */
export function PartsMatrix({ parts, rollUp, captionId, canEdit, onEdit }: PartsMatrixProps) {
  const { t } = useTranslation("measures");
  const { language } = useLanguage();
  if (parts.length === 0) return <Paragraph>{t("parts.empty")}</Paragraph>;
  const editable = parts.some(canEdit);
  return (
    <div className="stack">
      <TableScroll>
        <Table aria-labelledby={captionId} zebra border data-size="sm">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t("parts.municipality")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("parts.contact")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("parts.status")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("parts.progress")}</Table.HeaderCell>
              {editable && <Table.HeaderCell scope="col">{t("parts.actions")}</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {parts.map((part) => {
              const name = part.municipalityName ?? "";
              return (
                <Table.Row key={part.id}>
                  <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
                  <Table.Cell>
                    {part.contactName}
                    {part.contactEmail && <div className="meta">{part.contactEmail}</div>}
                  </Table.Cell>
                  <Table.Cell>
                    <MeasureStatusTag status={part.status} />
                  </Table.Cell>
                  <Table.Cell>
                    <ProgressBar value={part.progress} label={t("detail.progressLabel", { title: name })} />
                  </Table.Cell>
                  {editable && (
                    <Table.Cell>
                      {canEdit(part) && (
                        <Button type="button" variant="tertiary" data-size="sm" onClick={(event) => onEdit(part, event.currentTarget)}>
                          {t("parts.edit", { name })}
                        </Button>
                      )}
                    </Table.Cell>
                  )}
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </TableScroll>
      {rollUp && <Paragraph data-size="sm">{t("parts.rollUp", { progress: formatPercent(rollUp.progress, language) })}</Paragraph>}
    </div>
  );
}
