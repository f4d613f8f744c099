import "./measures.css";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { AppLink } from "../../shared/router/app-link";
import { navigate, usePathname, useSearch } from "../../shared/router/navigation";
import { Loading } from "../../shared/ui/loading";
import type { FocusAreaNode, ProgrammeDetail } from "../programmes/types";
import { MeasureDownloads } from "../spreadsheets/page-downloads";
import { MeasureFilterForm } from "./measure-filter-form";
import { listInput, PAGE_SIZE, parseFilters, searchFor, type MeasureFilters } from "./measure-filters";
import { MeasuresTable } from "./measures-table";
import { ProgrammeBulkEntry } from "./programme-bulk-entry";
import { municipalityLabel } from "./municipality-label";

function flatten(nodes: readonly FocusAreaNode[], depth = 0): Array<{ id: string; name: string }> {
  return nodes.flatMap((node) => [{ id: node.id, name: `${"– ".repeat(depth)}${node.title}` }, ...flatten(node.children, depth + 1)]);
}

/** Every measure of the programme, filtered, sorted and paged by the server; the state is in the URL. */
export function ProgrammeMeasures({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation("measures");
  const headingId = useId();
  const trpc = useTRPC();
  const pathname = usePathname();
  const search = useSearch();
  const filters = parseFilters(search);
  const input = listInput(programme.id, filters);
  const measures = useQuery({ ...trpc.measures.list.queryOptions(input), placeholderData: keepPreviousData });
  const municipalities = useQuery(trpc.measures.listMunicipalityOptions.queryOptions({ programmeId: programme.id }));
  const go = (next: MeasureFilters) => navigate(pathname + searchFor(next, search));
  const hrefForPage = (page: number) => pathname + searchFor({ ...filters, page }, search);
  const pages = measures.data ? Math.max(1, Math.ceil(measures.data.total / PAGE_SIZE)) : 1;

  return (
    <>
    <ProgrammeBulkEntry programme={programme} />
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="md" id={headingId}>
        {t("list.heading")}
      </Heading>
      <MeasureFilterForm
        filters={filters}
        focusAreas={flatten(programme.focusAreas)}
        municipalities={(municipalities.data?.items ?? []).map((item) => ({ id: item.id, name: municipalityLabel(item, t) }))}
        onChange={go}
      />
      <Paragraph data-size="sm" role="status">
        {measures.data && t("list.count", { count: measures.data.total })}{" "}
        {search !== "" && <AppLink href={pathname}>{t("list.clear")}</AppLink>}
      </Paragraph>
      <MeasureDownloads programme={programme} listInput={input} />
      {measures.isPending && <Loading />}
      {measures.isError && <ErrorAlert error={measures.error} headingLevel={3} />}
      {measures.data && measures.data.items.length === 0 && <Paragraph>{t("list.empty")}</Paragraph>}
      {measures.data && measures.data.items.length > 0 && (
        <MeasuresTable measures={measures.data.items} labelledBy={headingId} contentLang={programme.owner.languageForm} />
      )}
      {pages > 1 && (
        <nav aria-label={t("list.pagination")}>
          <ul className="pager">
            {filters.page > 1 && (
              <li>
                <AppLink href={hrefForPage(filters.page - 1)}>{t("list.previous")}</AppLink>
              </li>
            )}
            {Array.from({ length: pages }, (_, index) => index + 1).map((page) => (
              <li key={page}>
                <AppLink href={hrefForPage(page)} aria-current={page === filters.page ? "page" : undefined}>
                  {t("list.page", { page })}
                </AppLink>
              </li>
            ))}
            {filters.page < pages && (
              <li>
                <AppLink href={hrefForPage(filters.page + 1)}>{t("list.next")}</AppLink>
              </li>
            )}
          </ul>
        </nav>
      )}
    </section>
    </>
  );
}
