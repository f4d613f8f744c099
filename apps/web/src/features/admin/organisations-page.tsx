import { Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import type { Country, OrganisationKind } from "@samspill/domain";
import { formatDate } from "@samspill/i18n";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { useFocusReturn } from "../../shared/ui/focus";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { PagedList } from "../../shared/lists/paged-list";
import { useListAddress } from "../../shared/lists/use-list-address";
import { AdminGate } from "./admin-gate";
import { AdminNav } from "./admin-nav";
import { OrganisationFilters } from "./organisation-filters";
import { OrganisationForm } from "./organisation-form";
import "./admin.css";
import { TableScroll } from "../../shared/ui/table-scroll";

const KEYS = ["search", "kind", "country", "page"] as const;
const PATH = hrefFor({ name: "adminOrganisations" });

export function OrganisationsPage() {
  const { t } = useTranslation("admin");
  return (
    <AdminGate title={t("organisations.heading")}>
      <OrganisationsList />
    </AdminGate>
  );
}

function OrganisationsList() {
  const { t } = useTranslation(["admin", "domain"]);
  const { language } = useLanguage();
  const trpc = useTRPC();
  const address = useListAddress(PATH, KEYS);
  const { state } = address;
  const captionId = useId();
  const [creating, setCreating] = useState(false);
  const createButton = useRef<HTMLButtonElement>(null);
  useFocusReturn(creating, createButton);
  const list = useQuery({
    ...trpc.organisations.list.queryOptions({
      search: state.search,
      kind: state.kind as OrganisationKind | undefined,
      country: state.country as Country | undefined,
      ...address.window,
    }),
    // The old page stays on screen while the next one loads.
    placeholderData: keepPreviousData,
  });

  return (
    <div className="stack">
      <AdminNav />
      <Heading level={1} data-size="lg">
        {t("organisations.heading")}
      </Heading>
      <Paragraph>{t("organisations.intro")}</Paragraph>
      {/* Keyed by the address so that back/forward refill the fields. */}
      <OrganisationFilters key={address.href} state={state} onApply={address.applyFilters} />
      {creating ? (
        <OrganisationForm onDone={() => setCreating(false)} />
      ) : (
        <div>
          <Button ref={createButton} type="button" variant="secondary" onClick={() => setCreating(true)}>
            {t("organisations.create")}
          </Button>
        </div>
      )}
      <PagedList list={list} address={address} empty={t("organisations.empty")}>
        {(items, total) => (
          <TableScroll>
            <Table aria-labelledby={captionId} data-size="sm">
              <caption id={captionId}>{t("organisations.caption", { count: total })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t("organisations.name")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("organisations.kind")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("organisations.code")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("organisations.country")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("organisations.valid")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((item) => (
                  <Table.Row key={item.id}>
                    <Table.Cell>
                      <AppLink href={hrefFor({ name: "adminOrganisation", id: item.id })}>{item.name}</AppLink>
                    </Table.Cell>
                    <Table.Cell>{t(`domain:organisationKind.${item.kind}`, { context: item.country })}</Table.Cell>
                    <Table.Cell>{item.code ?? "–"}</Table.Cell>
                    <Table.Cell>{t(`country.${item.country}`)}</Table.Cell>
                    <Table.Cell>
                      {item.validTo
                        ? `${formatDate(item.validFrom, language)}–${formatDate(item.validTo, language)}`
                        : t("organisation.from", { date: formatDate(item.validFrom, language) })}
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
