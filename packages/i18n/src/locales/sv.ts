import { sv as core } from "./core/sv";
import { revision } from "./features/revision/sv";
import { copyForward } from "./features/copy-forward/sv";
import { admin } from "./features/admin/sv";
import { publicPages } from "./features/public/sv";
import { agreements } from "./features/agreements/sv";
import { agreementEditing } from "./features/agreement-editing/sv";
import { dashboards } from "./features/dashboards/sv";
import { meetings } from "./features/meetings/sv";
import { reports } from "./features/reports/sv";
import { measures } from "./features/measures/sv";
import { programmeEditing } from "./features/programme-editing/sv";
import { notifications } from "./features/notifications/sv";
import { spreadsheets } from "./features/spreadsheets/sv";
import { documents } from "./features/documents/sv";
import { statistics } from "./features/statistics/sv";
import { forms } from "./features/forms/sv";
import { navigation } from "./features/navigation/sv";
import { structureImport } from "./features/structure-import/sv";
import { pasteEntry } from "./features/paste-entry/sv";
import { sso } from "./features/sso/sv";
import { files } from "./features/files/sv";
import type { Resources } from "./en";

// Svenska: see en.ts.
export const sv: Resources = {
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
