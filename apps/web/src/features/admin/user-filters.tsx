import { Button } from "@digdir/designsystemet-react";
import { ROLES } from "@samspill/domain";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { AdminField } from "./admin-field";
import type { QueryState } from "./query-state";

/** Search and filters of the user list; applying them starts again at page 1. */
export function UserFilters({ state, onApply }: { state: QueryState; onApply: (next: QueryState) => void }) {
  const { t } = useTranslation("admin");
  const id = useId();
  const [search, setSearch] = useState(state.search ?? "");
  const [role, setRole] = useState(state.role ?? "");
  const [active, setActive] = useState(state.active ?? "");
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ search: search.trim(), role, active });
  }
  return (
    <form role="search" onSubmit={submit}>
      <fieldset className="admin-filters">
        <legend className="meta">{t("filters.legend")}</legend>
        <AdminField id={`${id}-search`} label={t("filters.search")} type="search" value={search} onChange={setSearch} />
        <AdminField
          id={`${id}-role`}
          label={t("users.role")}
          value={role}
          onChange={setRole}
          options={
            <>
              <option value="">{t("filters.any")}</option>
              {ROLES.map((value) => (
                <option key={value} value={value}>{t(`role.${value}`)}</option>
              ))}
            </>
          }
        />
        <AdminField
          id={`${id}-active`}
          label={t("users.status")}
          value={active}
          onChange={setActive}
          options={
            <>
              <option value="">{t("users.activeAny")}</option>
              <option value="true">{t("users.activeYes")}</option>
              <option value="false">{t("users.activeNo")}</option>
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
