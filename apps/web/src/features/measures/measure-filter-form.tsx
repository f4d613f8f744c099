import { MEASURE_STATUSES, SDG_GOALS } from "@samspill/domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { FormField } from "../../shared/forms";
import { MEASURE_SORTS, type MeasureFilters } from "./measure-filters";

interface Option {
  id: string;
  name: string;
}

interface MeasureFilterFormProps {
  filters: MeasureFilters;
  focusAreas: readonly Option[];
  municipalities: readonly Option[];
  onChange: (filters: MeasureFilters) => void;
}

/** Each choice applies at once (the list is asked again from the server), and page 1 follows. */
export function MeasureFilterForm({ filters, focusAreas, municipalities, onChange }: MeasureFilterFormProps) {
  const { t } = useTranslation(["measures", "domain"]);
  const id = useId();
  const change = (patch: Partial<MeasureFilters>) => onChange({ ...filters, ...patch, page: 1 });
  const any = <option value="">{t("list.any")}</option>;
  return (
    <form className="filter-grid" role="search" aria-label={t("list.filters")} onSubmit={(event) => event.preventDefault()}>
      <FormField id={`${id}-focus`} label={t("list.focusArea")} kind="select" value={filters.focusAreaId ?? ""} onChange={(value) => change({ focusAreaId: value || undefined })}>
        {any}
        {focusAreas.map((area) => (
          <option key={area.id} value={area.id}>{area.name}</option>
        ))}
      </FormField>
      <FormField id={`${id}-status`} label={t("list.status")} kind="select" value={filters.status ?? ""} onChange={(value) => change({ status: (value || undefined) as MeasureFilters["status"] })}>
        {any}
        {MEASURE_STATUSES.map((status) => (
          <option key={status} value={status}>{t(`domain:measureStatus.${status}`)}</option>
        ))}
      </FormField>
      <FormField id={`${id}-municipality`} label={t("list.municipality")} kind="select" value={filters.municipalityId ?? ""} onChange={(value) => change({ municipalityId: value || undefined })}>
        {any}
        {municipalities.map((municipality) => (
          <option key={municipality.id} value={municipality.id}>{municipality.name}</option>
        ))}
      </FormField>
      <FormField id={`${id}-scope`} label={t("list.scope")} kind="select" value={filters.scope ?? ""} onChange={(value) => change({ scope: (value || undefined) as MeasureFilters["scope"] })}>
        {any}
        <option value="shared">{t("domain:measureScope.shared")}</option>
        <option value="local">{t("domain:measureScope.local")}</option>
      </FormField>
      <FormField id={`${id}-sdg`} label={t("list.sdgGoal")} kind="select" value={filters.sdgGoal ? String(filters.sdgGoal) : ""} onChange={(value) => change({ sdgGoal: value ? Number(value) : undefined })}>
        {any}
        {SDG_GOALS.map((goal) => (
          <option key={goal} value={goal}>{t("list.sdgOption", { goal })}</option>
        ))}
      </FormField>
      <FormField id={`${id}-sort`} label={t("list.sort")} kind="select" value={filters.sort} onChange={(value) => change({ sort: value as MeasureFilters["sort"] })}>
        {MEASURE_SORTS.map((sort) => (
          <option key={sort} value={sort}>{t(`list.sortBy.${sort}`)}</option>
        ))}
      </FormField>
      <FormField id={`${id}-dir`} label={t("list.direction")} kind="select" value={filters.direction} onChange={(value) => change({ direction: value === "desc" ? "desc" : "asc" })}>
        <option value="asc">{t("list.asc")}</option>
        <option value="desc">{t("list.desc")}</option>
      </FormField>
    </form>
  );
}
