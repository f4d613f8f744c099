import { Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { Suspense, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { lazyNamed } from "../../shared/ui/lazy-named";
import { Loading } from "../../shared/ui/loading";
import { TableScroll } from "../../shared/ui/table-scroll";
import type { ProgrammeDetail } from "./types";

// The forms are fetched only for those who may change the roles, ahead of the click that opens one.
const AddRoleForm = lazyNamed(() => import("../programme-editing/add-role-form"), "AddRoleForm");
const RemoveRole = lazyNamed(() => import("../programme-editing/remove-role"), "RemoveRole");

type Task = { kind: "add" } | { kind: "remove"; id: string } | null;

/**
 * Who does what in the programme's follow-up (seed 002: the council owns it, a partner
 * coordinates, the municipalities contribute, the counties fund, the business associations
 * advise). Readers see it when the programme names any; those the server lets change the
 * follow-up add and remove roles here, on an adopted programme too.
 */
export function RolesSection({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation(["programmes", "programme-editing"]);
  const headingId = useId();
  const [task, setTask] = useState<Task>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { roles } = programme;
  const editable = programme.viewer.editFollowUp.allowed;
  const contentLang = programme.owner.languageForm;
  useEffect(() => {
    if (!editable) return;
    AddRoleForm.preload().catch(() => undefined);
    RemoveRole.preload().catch(() => undefined);
  }, [editable]);
  if (roles.length === 0 && !editable) return null;
  const removing = task?.kind === "remove" ? roles.find((role) => role.id === task.id) : undefined;
  const done = (text: string, another = false) => {
    if (!another) setTask(null);
    setNotice(text);
  };
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="md" id={headingId}>
        {t("detail.roles")}
      </Heading>
      <Paragraph role="status" data-size="sm">{notice}</Paragraph>
      {roles.length > 0 && (
        <TableScroll>
          <Table aria-labelledby={headingId} zebra border data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("detail.rolesOrganisation")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("detail.rolesRole")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("detail.rolesResponsibility")}</Table.HeaderCell>
                {editable && <Table.HeaderCell scope="col">{t("programme-editing:role.actions")}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {roles.map((role) => (
                <Table.Row key={role.id}>
                  <Table.HeaderCell scope="row">{role.organisation.name}</Table.HeaderCell>
                  <Table.Cell>{t(`detail.role.${role.role}`)}</Table.Cell>
                  <Table.Cell lang={contentLang}>{role.responsibility}</Table.Cell>
                  {editable && (
                    <Table.Cell>
                      <Button type="button" variant="tertiary" data-size="sm" aria-label={t("programme-editing:role.remove", { name: role.organisation.name })}
                        onClick={() => setTask({ kind: "remove", id: role.id })}>
                        {t("programme-editing:role.confirm")}
                      </Button>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <Suspense fallback={<Loading />}>
        {removing && (
          <RemoveRole programmeId={programme.id} role={removing} onCancel={() => setTask(null)}
            onRemoved={(name) => done(t("programme-editing:role.removed", { name }))} />
        )}
        {editable && task?.kind === "add" && (
          <AddRoleForm programme={programme} onCancel={() => setTask(null)} onAdded={(name, another) => done(t("programme-editing:role.added", { name }), another)} />
        )}
      </Suspense>
      {editable && task === null && (
        <div>
          <Button type="button" variant="secondary" data-size="sm" onClick={() => setTask({ kind: "add" })}>
            {t("programme-editing:role.add")}
          </Button>
        </div>
      )}
    </section>
  );
}
