import { ROLES } from "@samspill/domain";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormField } from "../../shared/forms";
import { FilterForm } from "../../shared/lists/filter-form";
import type { QueryState } from "../../shared/lists/query-state";

/** Search and filters of the user list; applying them starts again at page 1. */
export function UserFilters({ state, onApply }: { state: QueryState; onApply: (next: QueryState) => void }) {
  const { t } = useTranslation("admin");
  const id = useId();
  const [search, setSearch] = useState(state.search ?? "");
  const [role, setRole] = useState(state.role ?? "");
  const [active, setActive] = useState(state.active ?? "");
  return (
    <FilterForm onApply={() => onApply({ search: search.trim(), role, active })}>
      <FormField id={`${id}-search`} label={t("filters.search")} kind="search" value={search} onChange={setSearch} />
      <FormField
        id={`${id}-role`}
        label={t("users.role")}
        value={role}
        onChange={setRole}
        kind="select"
      >
        <option value="">{t("filters.any")}</option>
        {ROLES.map((value) => (
          <option key={value} value={value}>{t(`role.${value}`)}</option>
        ))}
      </FormField>
      <FormField
        id={`${id}-active`}
        label={t("users.status")}
        value={active}
        onChange={setActive}
        kind="select"
      >
        <option value="">{t("users.activeAny")}</option>
        <option value="true">{t("users.activeYes")}</option>
        <option value="false">{t("users.activeNo")}</option>
      </FormField>
    </FilterForm>
  );
}
