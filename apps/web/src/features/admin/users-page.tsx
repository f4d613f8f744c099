import { Alert, Button, Heading, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import type { Role } from "@samspill/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { useFocusReturn } from "../../shared/ui/focus";
import { hrefFor } from "../../shared/router/routes";
import { PagedList } from "../../shared/lists/paged-list";
import { useListAddress } from "../../shared/lists/use-list-address";
import { AdminGate } from "./admin-gate";
import { AdminNav } from "./admin-nav";
import { UserCreateForm } from "./user-create-form";
import { UserFilters } from "./user-filters";
import { UserPanel } from "./user-panel";
import "./admin.css";
import { TableScroll } from "../../shared/ui/table-scroll";

const KEYS = ["search", "role", "active", "page"] as const;
const PATH = hrefFor({ name: "adminUsers" });

const manageId = (userId: string) => `manage-${userId}`;

export function UsersPage() {
  const { t } = useTranslation("admin");
  return (
    <AdminGate title={t("users.heading")}>
      <UsersList />
    </AdminGate>
  );
}

function UsersList() {
  const { t } = useTranslation("admin");
  const trpc = useTRPC();
  const address = useListAddress(PATH, KEYS);
  const { state } = address;
  const captionId = useId();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  useFocusReturn(creating, createButton);
  const manageButton = useFocusReturn(selectedId !== null);
  const list = useQuery({
    ...trpc.users.list.queryOptions({
      search: state.search,
      role: state.role as Role | undefined,
      active: state.active === undefined ? undefined : state.active === "true",
      ...address.window,
    }),
    placeholderData: keepPreviousData,
  });
  // The panel follows the list, so it always holds the user's latest version.
  const selected = list.data?.items.find((user) => user.id === selectedId);

  return (
    <div className="stack">
      <AdminNav />
      <Heading level={1} data-size="lg">
        {t("users.heading")}
      </Heading>
      <Paragraph>{t("users.intro")}</Paragraph>
      <UserFilters key={address.href} state={state} onApply={address.applyFilters} />
      {created && (
        <Alert data-color="success" role="status">
          <Paragraph>{t("users.created", { name: created })}</Paragraph>
        </Alert>
      )}
      {creating ? (
        <UserCreateForm
          onCancel={() => setCreating(false)}
          onCreated={(user) => {
            setCreating(false);
            setCreated(user.name);
            setSelectedId(user.id);
            // Show the new user in the list, where the panel can find them.
            address.go({ search: user.name });
          }}
        />
      ) : (
        <div>
          <Button ref={createButton} type="button" variant="secondary" onClick={() => setCreating(true)}>
            {t("users.create")}
          </Button>
        </div>
      )}
      {selected && (
        <UserPanel
          key={selected.id}
          user={selected}
          onClose={() => {
            // Back to the user's "manage" button, also when the panel opened after creating them.
            manageButton.current = document.getElementById(manageId(selected.id));
            setSelectedId(null);
          }}
        />
      )}
      <PagedList list={list} address={address} empty={t("users.empty")}>
        {(users, total) => (
          <TableScroll>
            <Table aria-labelledby={captionId} data-size="sm">
              <caption id={captionId}>{t("users.caption", { count: total })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t("users.name")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("users.organisation")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("users.role")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("users.status")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("users.actions")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {users.map((user) => (
                  <Table.Row key={user.id}>
                    <Table.Cell>
                      {user.name}
                      <br />
                      <span className="meta">{user.email}</span>
                    </Table.Cell>
                    <Table.Cell>{user.organisationName}</Table.Cell>
                    <Table.Cell>{t(`role.${user.role}`)}</Table.Cell>
                    <Table.Cell>
                      <Tag data-color={user.active ? "success" : "neutral"} data-size="sm">
                        {user.active ? t("users.activeYes") : t("users.activeNo")}
                      </Tag>
                      {!user.hasPassword && <span className="meta"> {t("users.noPassword")}</span>}
                    </Table.Cell>
                    <Table.Cell>
                      <Button id={manageId(user.id)} type="button" variant="tertiary" data-size="sm" aria-expanded={selectedId === user.id} onClick={() => setSelectedId(user.id)}>
                        {t("users.manage", { name: user.name })}
                      </Button>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </PagedList>
    </div>
  );
}
