import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { useQueryClient, type QueryCache } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { isUnavailable } from "./error-code";

/** Whether any page data is being asked for again because the server said it is away for a moment. */
function retryingWhileUnavailable(cache: QueryCache): boolean {
  return cache.getAll().some((query) => query.state.fetchStatus === "fetching" && isUnavailable(query.state.fetchFailureReason));
}

/**
 * Says, once for the whole page, that the portal is away for a moment and the page is retrying
 * by itself — so a database restart reads as a pause, not as a broken page.
 */
export function UnavailableNotice() {
  const { t } = useTranslation();
  const cache = useQueryClient().getQueryCache();
  const snapshot = () => retryingWhileUnavailable(cache);
  const retrying = useSyncExternalStore((onChange) => cache.subscribe(onChange), snapshot, snapshot);
  return (
    <div role="status" className="unavailable-notice">
      {retrying && (
        <Alert data-color="warning" data-size="sm">
          <Paragraph data-size="sm">{t("errors.retrying")}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
