import { Button, Paragraph, Table } from "@digdir/designsystemet-react";
import { officialName, type Country } from "@samspill/domain";
import { formatPercent } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { refusalText } from "../../shared/errors/refusal";
import { useLanguage } from "../../shared/language/use-language";
import { MeasureStatusTag } from "./measure-status-tag";
import { ProgressBar } from "./progress-bar";
import type { MeasureDetail, MeasurePart } from "./types";
import { TableScroll } from "../../shared/ui/table-scroll";

interface PartsMatrixProps {
  parts: readonly MeasurePart[];
  rollUp: MeasureDetail["rollUp"];
  captionId: string;
  /** The parts' country, so a refusal names the municipality as it signs ("Hamar kommune"). */
  country: Country;
  /** The button pressed goes along, so that focus can return to it when the form closes. */
  onEdit: (part: MeasurePart, trigger: HTMLElement) => void;
}

/**
 * A shared measure's parts, one row per municipality, with status and progress. A part the
 * server lets the reader edit (`viewer.edit`) has a button; one it does not says whose it is.
 */
export function PartsMatrix({ parts, rollUp, captionId, country, onEdit }: PartsMatrixProps) {
  const { t } = useTranslation("measures");
  const { t: forms } = useTranslation("forms");
  const { language } = useLanguage();
  if (parts.length === 0) return <Paragraph>{t("parts.empty")}</Paragraph>;
  // Anonymous readers are not told on every row that they would have to sign in.
  const actions = parts.some((part) => part.viewer.edit.allowed || part.viewer.edit.reason !== "sign_in_required");
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
              {actions && <Table.HeaderCell scope="col">{t("parts.actions")}</Table.HeaderCell>}
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
                  {actions && (
                    <Table.Cell>
                      {part.viewer.edit.allowed ? (
                        <Button type="button" variant="tertiary" data-size="sm" onClick={(event) => onEdit(part, event.currentTarget)}>
                          {t("parts.edit", { name })}
                        </Button>
                      ) : (
                        <span className="meta">{refusalText(forms, "part", part.viewer.edit.reason ?? "", { municipality: officialName({ name, kind: "municipality", country }) })}</span>
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
