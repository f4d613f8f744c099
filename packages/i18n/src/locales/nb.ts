import { nb as core } from "./core/nb";
import { revision } from "./features/revision/nb";
import { copyForward } from "./features/copy-forward/nb";
import { admin } from "./features/admin/nb";
import { publicPages } from "./features/public/nb";
import { agreements } from "./features/agreements/nb";
import { agreementEditing } from "./features/agreement-editing/nb";
import { dashboards } from "./features/dashboards/nb";
import { meetings } from "./features/meetings/nb";
import { reports } from "./features/reports/nb";
import { measures } from "./features/measures/nb";
import { programmeEditing } from "./features/programme-editing/nb";
import { notifications } from "./features/notifications/nb";
import { spreadsheets } from "./features/spreadsheets/nb";
import { documents } from "./features/documents/nb";
import { statistics } from "./features/statistics/nb";
import { forms } from "./features/forms/nb";
import { navigation } from "./features/navigation/nb";
import { structureImport } from "./features/structure-import/nb";
import { pasteEntry } from "./features/paste-entry/nb";
import { sso } from "./features/sso/nb";
import { files } from "./features/files/nb";
import type { Resources } from "./en";

// Norsk bokmål: see en.ts.
export const nb: Resources = {
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
