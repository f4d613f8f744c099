import { en as core } from "./core/en";
import { revision } from "./features/revision/en";
import { copyForward } from "./features/copy-forward/en";
import { admin } from "./features/admin/en";
import { publicPages } from "./features/public/en";
import { agreements } from "./features/agreements/en";
import { agreementEditing } from "./features/agreement-editing/en";
import { dashboards } from "./features/dashboards/en";
import { meetings } from "./features/meetings/en";
import { reports } from "./features/reports/en";
import { measures } from "./features/measures/en";
import { programmeEditing } from "./features/programme-editing/en";
import { notifications } from "./features/notifications/en";
import { spreadsheets } from "./features/spreadsheets/en";
import { documents } from "./features/documents/en";
import { statistics } from "./features/statistics/en";
import { forms } from "./features/forms/en";
import { navigation } from "./features/navigation/en";
import { structureImport } from "./features/structure-import/en";
import { pasteEntry } from "./features/paste-entry/en";
import { sso } from "./features/sso/en";
import { files } from "./features/files/en";

// Every text of one language: the core namespaces (app chrome, domain terms, programme pages,
// signing in) and one namespace per feature screen. English gives the shape (`Resources`), so
// each other language missing a namespace or a text fails to compile. A language is its own
// module so that the web app downloads only the reader's (`load-i18n.ts`).
export const en = {
  ...core,
  revision,
  "copy-forward": copyForward,
  admin,
  public: publicPages,
  agreements,
  "agreement-editing": agreementEditing,
  dashboards,
  meetings,
  reports,
  measures,
  "programme-editing": programmeEditing,
  notifications,
  spreadsheets,
  documents,
  statistics,
  forms,
  navigation,
  "structure-import": structureImport,
  "paste-entry": pasteEntry,
  sso,
  files,
};

export type Resources = typeof en;
