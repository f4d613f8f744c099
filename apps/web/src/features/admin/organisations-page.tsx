import { Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import type { Country, OrganisationKind } from "@samspill/domain";
import { formatDate } from "@samspill/i18n";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { useFocusReturn } from "../../shared/ui/focus";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { navigate, useSearch } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { AdminGate } from "./admin-gate";
import { AdminNav } from "./admin-nav";
import { ListPagination } from "./list-pagination";
import { OrganisationFilters } from "./organisation-filters";
import { OrganisationForm } from "./organisation-form";
import { PAGE_SIZE, pageOf, parseQuery, queryHref, type QueryState } from "./query-state";
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
  const state = parseQuery(useSearch(), KEYS);
  const page = pageOf(state);
  const captionId = useId();
  const [creating, setCreating] = useState(false);
  const createButton = useRef<HTMLButtonElement>(null);
  useFocusReturn(creating, createButton);
  const list = useQuery({
    ...trpc.organisations.list.queryOptions({
      search: state.search,
      kind: state.kind as OrganisationKind | undefined,
      country: state.country as Country | undefined,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    }),
    // The old page stays on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
  const go = (next: QueryState) => navigate(queryHref(PATH, next));

  return (
    <div className="stack">
      <AdminNav />
      <Heading level={1} data-size="lg">
        {t("organisations.heading")}
      </Heading>
      <Paragraph>{t("organisations.intro")}</Paragraph>
      {/* Keyed by the address so that back/forward refill the fields. */}
      <OrganisationFilters key={queryHref(PATH, state)} state={state} onApply={(next) => go({ ...next, page: "1" })} />
      {creating ? (
        <OrganisationForm onDone={() => setCreating(false)} />
      ) : (
        <div>
          <Button ref={createButton} type="button" variant="secondary" onClick={() => setCreating(true)}>
            {t("organisations.create")}
          </Button>
        </div>
      )}
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.isSuccess && list.data.items.length === 0 && <Paragraph>{t("organisations.empty")}</Paragraph>}
      {list.isSuccess && list.data.items.length > 0 && (
        <TableScroll>
          <Table aria-labelledby={captionId} data-size="sm">
            <caption id={captionId}>{t("organisations.caption", { count: list.data.total })}</caption>
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
              {list.data.items.map((item) => (
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
      {list.isSuccess && (
        <ListPagination
          page={page}
          total={list.data.total}
          pageSize={PAGE_SIZE}
          hrefFor={(next) => queryHref(PATH, { ...state, page: String(next) })}
          onNavigate={navigate}
        />
      )}
    </div>
  );
}
