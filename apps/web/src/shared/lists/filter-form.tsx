import { Button } from "@digdir/designsystemet-react";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface FilterFormProps {
  /** Called with the form's submit; the caller hands its fields' values on. */
  onApply: () => void;
  children: ReactNode;
}

/** The search landmark above a server-side list: its filter fields in a row and one apply button. */
export function FilterForm({ onApply, children }: FilterFormProps) {
  const { t } = useTranslation();
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply();
  }
  return (
    <form role="search" onSubmit={submit}>
      <fieldset className="filter-row">
        <legend className="meta">{t("filters.legend")}</legend>
        {children}
        <div className="filter-row-buttons">
          <Button type="submit">{t("filters.apply")}</Button>
        </div>
      </fieldset>
    </form>
  );
}
