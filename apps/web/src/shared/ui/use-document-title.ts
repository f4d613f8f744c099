import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** `Page – Samspill`: the title is what screen readers announce after a client-side navigation. */
export function useDocumentTitle(page: string | undefined): void {
  const { t } = useTranslation();
  const app = t("app.title");
  useEffect(() => {
    document.title = page ? `${page} – ${app}` : app;
  }, [page, app]);
}
