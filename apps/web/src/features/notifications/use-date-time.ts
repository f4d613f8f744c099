import { formatDateTime } from "@samspill/i18n";
import { useLanguage } from "../../shared/language/use-language";

/** Instants (when an e-mail was written or sent) in the reader's language, Norwegian time. */
export function useDateTime(): (iso: string) => string {
  const { language } = useLanguage();
  return (iso) => formatDateTime(iso, language);
}
