import type { Language } from "@samspill/i18n";

/** Who an e-mail is written for: the name it greets and the language it is written in. */
export interface MailRecipient {
  name: string;
  language: Language;
}
