import { Heading, Table } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../shared/ui/table-scroll";
import type { ProgrammeDetail } from "./types";

/**
 * Who does what in the programme's follow-up (seed 002: the council owns it, a partner
 * coordinates, the municipalities contribute, the counties fund, the business associations
 * advise). Shown only when the programme names any.
 */
export function RolesSection({ roles, contentLang }: { roles: ProgrammeDetail["roles"]; contentLang: string }) {
  const { t } = useTranslation("programmes");
  const headingId = useId();
  if (roles.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="md" id={headingId}>
        {t("detail.roles")}
      </Heading>
      <TableScroll>
        <Table aria-labelledby={headingId} zebra border data-size="sm">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t("detail.rolesOrganisation")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("detail.rolesRole")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("detail.rolesResponsibility")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {roles.map((role) => (
              <Table.Row key={role.id}>
                <Table.HeaderCell scope="row">{role.organisation.name}</Table.HeaderCell>
                <Table.Cell>{t(`detail.role.${role.role}`)}</Table.Cell>
                <Table.Cell lang={contentLang}>{role.responsibility}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}
