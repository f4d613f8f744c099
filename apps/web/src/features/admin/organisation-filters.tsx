import { COUNTRIES, ORGANISATION_KINDS } from "@samspill/domain";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormField } from "../../shared/forms";
import { FilterForm } from "../../shared/lists/filter-form";
import type { QueryState } from "../../shared/lists/query-state";

/** Search and filters of the organisation list; applying them starts again at page 1. */
export function OrganisationFilters({ state, onApply }: { state: QueryState; onApply: (next: QueryState) => void }) {
  const { t } = useTranslation(["admin", "domain"]);
  const id = useId();
  const [search, setSearch] = useState(state.search ?? "");
  const [kind, setKind] = useState(state.kind ?? "");
  const [country, setCountry] = useState(state.country ?? "");
  return (
    <FilterForm onApply={() => onApply({ search: search.trim(), kind, country })}>
      <FormField id={`${id}-search`} label={t("filters.search")} kind="search" value={search} onChange={setSearch} />
      <FormField
        id={`${id}-kind`}
        label={t("organisations.kind")}
        value={kind}
        onChange={setKind}
        kind="select"
      >
        <option value="">{t("filters.any")}</option>
        {ORGANISATION_KINDS.map((value) => (
          <option key={value} value={value}>
            {t(`domain:organisationKind.${value}`)}
          </option>
        ))}
      </FormField>
      <FormField
        id={`${id}-country`}
        label={t("organisations.country")}
        value={country}
        onChange={setCountry}
        kind="select"
      >
        <option value="">{t("filters.any")}</option>
        {COUNTRIES.map((value) => (
          <option key={value} value={value}>
            {t(`country.${value}`)}
          </option>
        ))}
      </FormField>
    </FilterForm>
  );
}
