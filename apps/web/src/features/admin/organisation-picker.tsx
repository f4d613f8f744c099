import type { Country, OrganisationKind } from "@samspill/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { FormField } from "../../shared/forms";

interface OrganisationPickerProps {
  id: string;
  label: string;
  value: string;
  onChange: (id: string) => void;
  kind?: OrganisationKind;
  country?: Country;
  error?: string;
}

/**
 * Choose one organisation among hundreds: a search narrows the choices on the server, the
 * select holds the matches (a plain select stays keyboard- and screen-reader-friendly).
 */
export function OrganisationPicker({ id, label, value, onChange, kind, country, error }: OrganisationPickerProps) {
  const { t } = useTranslation("admin");
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const matches = useQuery({
    ...trpc.organisations.list.queryOptions({ kind, country, search: search.trim() || undefined, limit: 100 }),
    placeholderData: keepPreviousData,
  });
  return (
    <div className="filter-row">
      <FormField id={`${id}-search`} label={t("users.organisationSearch")} kind="search" value={search} onChange={setSearch} />
      <FormField
        id={id}
        label={label}
        value={value}
        onChange={onChange}
        error={error}
        required
        kind="select"
      >
        <option value="">{t("users.organisationChoose")}</option>
        {(matches.data?.items ?? []).map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.code ? `${organisation.name} (${organisation.code})` : organisation.name}
          </option>
        ))}
      </FormField>
    </div>
  );
}
