import type { Language } from "./languages";
import { en, type Resources } from "./locales/en";
import { nb } from "./locales/nb";
import { nn } from "./locales/nn";
import { sv } from "./locales/sv";

// Every language at once, for the server (e-mails and documents in the recipient's language) and
// for tests. The web app loads one language at a time instead (`load-i18n.ts`).

export type { Resources };

export const resources: Record<Language, Resources> = { nb, nn, sv, en };
