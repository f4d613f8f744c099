import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormField } from "../../shared/forms";
import { FilterForm } from "../../shared/lists/filter-form";
import type { QueryState } from "../../shared/lists/query-state";
import { NOTICE_KINDS, OUTBOX_STATES } from "./types";

/** State and kind filters of the outbox; applying them starts again at page 1. */
export function OutboxFilters({ state, onApply }: { state: QueryState; onApply: (next: QueryState) => void }) {
  const { t } = useTranslation("notifications");
  const id = useId();
  const [deliveryState, setDeliveryState] = useState(state.state ?? "");
  const [kind, setKind] = useState(state.kind ?? "");
  return (
    <FilterForm onApply={() => onApply({ state: deliveryState, kind })}>
      <FormField
        id={`${id}-state`}
        label={t("outbox.filterState")}
        value={deliveryState}
        onChange={setDeliveryState}
        kind="select"
      >
        <option value="">{t("outbox.all")}</option>
        {OUTBOX_STATES.map((value) => <option key={value} value={value}>{t(`outbox.states.${value}`)}</option>)}
      </FormField>
      <FormField
        id={`${id}-kind`}
        label={t("outbox.filterKind")}
        value={kind}
        onChange={setKind}
        kind="select"
      >
        <option value="">{t("outbox.all")}</option>
        {NOTICE_KINDS.map((value) => <option key={value} value={value}>{t(`outbox.kinds.${value}`)}</option>)}
      </FormField>
    </FilterForm>
  );
}
