import { Spinner } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

/** A spinner inside a polite live region, so screen readers hear that something is coming. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div role="status" className="loading">
      <Spinner aria-label={t("state.loading")} data-size="lg" />
    </div>
  );
}
