import { Button } from "@digdir/designsystemet-react";
import { COUNTRIES, ORGANISATION_KINDS } from "@samspill/domain";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { AdminField } from "./admin-field";
import type { QueryState } from "./query-state";

/** Search and filters of the organisation list; applying them starts again at page 1. */
export function OrganisationFilters({ state, onApply }: { state: QueryState; onApply: (next: QueryState) => void }) {
  const { t } = useTranslation(["admin", "domain"]);
  const id = useId();
  const [search, setSearch] = useState(state.search ?? "");
  const [kind, setKind] = useState(state.kind ?? "");
  const [country, setCountry] = useState(state.country ?? "");
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ search: search.trim(), kind, country });
  }
  return (
    <form role="search" onSubmit={submit}>
      <fieldset className="admin-filters">
        <legend className="meta">{t("filters.legend")}</legend>
        <AdminField id={`${id}-search`} label={t("filters.search")} type="search" value={search} onChange={setSearch} />
        <AdminField
          id={`${id}-kind`}
          label={t("organisations.kind")}
          value={kind}
          onChange={setKind}
          options={
            <>
              <option value="">{t("filters.any")}</option>
              {ORGANISATION_KINDS.map((value) => (
                <option key={value} value={value}>
                  {t(`domain:organisationKind.${value}`)}
                </option>
              ))}
            </>
          }
        />
        <AdminField
          id={`${id}-country`}
          label={t("organisations.country")}
          value={country}
          onChange={setCountry}
          options={
            <>
              <option value="">{t("filters.any")}</option>
              {COUNTRIES.map((value) => (
                <option key={value} value={value}>
                  {t(`country.${value}`)}
                </option>
              ))}
            </>
          }
        />
        <div className="admin-buttons">
          <Button type="submit">{t("filters.apply")}</Button>
        </div>
      </fieldset>
    </form>
  );
}
