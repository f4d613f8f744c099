import { Alert, Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { TableScroll } from "../../shared/ui/table-scroll";
import { AdminGate } from "./admin-gate";
import { AdminNav } from "./admin-nav";
import { SsoInstallationSetting } from "./sso-installation-setting";
import { SsoProviderForm } from "./sso-provider-form";
import { SsoRemoveProvider } from "./sso-remove-provider";
import "./admin.css";

export function SsoPage() {
  const { t } = useTranslation("sso");
  return (
    <AdminGate title={t("page.heading")}>
      <SsoSettings />
    </AdminGate>
  );
}

/** The installation's sign-in: password sign-in on or off, and the identity providers. */
function SsoSettings() {
  const { t } = useTranslation(["sso", "admin"]);
  const trpc = useTRPC();
  const captionId = useId();
  const providers = useQuery(trpc.identityProviders.list.queryOptions());
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const finish = (message: string) => {
    setEditing(null);
    setDone(message);
  };
  const editedProvider = providers.data?.find((provider) => provider.id === editing);

  return (
    <div className="stack">
      <AdminNav />
      <Heading level={1} data-size="lg">
        {t("page.heading")}
      </Heading>
      <Paragraph>{t("page.intro")}</Paragraph>
      <SsoInstallationSetting />
      <Heading level={2} data-size="md" id={captionId}>
        {t("page.providers")}
      </Heading>
      {done && (
        <Alert data-color="success" role="status">
          <Paragraph>{done}</Paragraph>
        </Alert>
      )}
      {providers.data && providers.data.length === 0 && <Paragraph>{t("page.none")}</Paragraph>}
      {providers.data && providers.data.length > 0 && (
        <TableScroll>
          <Table aria-labelledby={captionId}>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("provider.name")}</Table.HeaderCell>
                <Table.HeaderCell>{t("provider.issuer")}</Table.HeaderCell>
                <Table.HeaderCell>{t("provider.clientSecret")}</Table.HeaderCell>
                <Table.HeaderCell>{t("page.actions")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {providers.data.map((provider) => (
                <Table.Row key={provider.id}>
                  <Table.Cell>{provider.name}</Table.Cell>
                  <Table.Cell>{provider.issuer}</Table.Cell>
                  <Table.Cell>{t(`provider.secretSet.${provider.clientSecret.kind}`)}</Table.Cell>
                  <Table.Cell>
                    <div className="admin-buttons">
                      <Button type="button" variant="secondary" data-size="sm" onClick={() => { setDone(null); setEditing(provider.id); }}>
                        {t("page.edit", { name: provider.name })}
                      </Button>
                      <SsoRemoveProvider provider={provider} onRemoved={() => finish(t("page.removed", { name: provider.name }))} />
                    </div>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {editing === null && (
        <div>
          <Button type="button" variant="secondary" onClick={() => { setDone(null); setEditing("new"); }}>
            {t("page.create")}
          </Button>
        </div>
      )}
      {editing === "new" && <SsoProviderForm onDone={(name) => finish(t("page.saved", { name }))} onCancel={() => setEditing(null)} />}
      {editedProvider && (
        <SsoProviderForm key={editedProvider.id} provider={editedProvider} onDone={(name) => finish(t("page.saved", { name }))} onCancel={() => setEditing(null)} />
      )}
    </div>
  );
}
