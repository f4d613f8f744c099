import { Button } from "@digdir/designsystemet-react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { AdminField } from "../admin/admin-field";
import type { QueryState } from "../admin/query-state";
import { NOTICE_KINDS, OUTBOX_STATES } from "./types";

/** State and kind filters of the outbox; applying them starts again at page 1. */
export function OutboxFilters({ state, onApply }: { state: QueryState; onApply: (next: QueryState) => void }) {
  const { t } = useTranslation(["notifications", "admin"]);
  const id = useId();
  const [deliveryState, setDeliveryState] = useState(state.state ?? "");
  const [kind, setKind] = useState(state.kind ?? "");
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ state: deliveryState, kind });
  }
  return (
    <form role="search" onSubmit={submit}>
      <fieldset className="admin-filters">
        <legend className="meta">{t("admin:filters.legend")}</legend>
        <AdminField
          id={`${id}-state`}
          label={t("outbox.filterState")}
          value={deliveryState}
          onChange={setDeliveryState}
          options={
            <>
              <option value="">{t("outbox.all")}</option>
              {OUTBOX_STATES.map((value) => <option key={value} value={value}>{t(`outbox.states.${value}`)}</option>)}
            </>
          }
        />
        <AdminField
          id={`${id}-kind`}
          label={t("outbox.filterKind")}
          value={kind}
          onChange={setKind}
          options={
            <>
              <option value="">{t("outbox.all")}</option>
              {NOTICE_KINDS.map((value) => <option key={value} value={value}>{t(`outbox.kinds.${value}`)}</option>)}
            </>
          }
        />
        <div className="admin-buttons">
          <Button type="submit">{t("admin:filters.apply")}</Button>
        </div>
      </fieldset>
    </form>
  );
}
