import { Table } from "@digdir/designsystemet-react";
import { formatDateRange } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { useLanguage } from "../../shared/language/use-language";
import { ProgrammeStatusTag } from "../programmes/programme-status-tag";
import type { VersionRow } from "./types";
import { TableScroll } from "../../shared/ui/table-scroll";

interface VersionsTableProps {
  versions: readonly VersionRow[];
  /** The version the reader came from, marked so they keep their bearings. */
  currentId: string;
  contentLang: string;
}

export function VersionsTable({ versions, currentId, contentLang }: VersionsTableProps) {
  const { t } = useTranslation("revision");
  const { language } = useLanguage();
  return (
    <TableScroll>
      <Table zebra>
        <caption>{t("versions.caption", { count: versions.length })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("versions.revision")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("versions.title")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("versions.status")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("versions.period")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("versions.changes")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {versions.map((version) => (
            <Table.Row key={version.id} aria-current={version.id === currentId ? "page" : undefined}>
              <Table.HeaderCell scope="row">{version.revision}</Table.HeaderCell>
              <Table.Cell>
                <AppLink href={hrefFor({ name: "programme", id: version.id })} lang={contentLang}>
                  {version.title}
                </AppLink>
              </Table.Cell>
              <Table.Cell>
                <ProgrammeStatusTag status={version.status} />
              </Table.Cell>
              <Table.Cell>{formatDateRange(version.periodStart, version.periodEnd, language)}</Table.Cell>
              <Table.Cell>
                {version.predecessorId && (
                  <AppLink href={hrefFor({ name: "programmeDiff", id: version.id })}>
                    {t("versions.diffLink", { revision: version.revision })}
                  </AppLink>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
