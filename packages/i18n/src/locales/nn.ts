import { nn as core } from "./core/nn";
import { revision } from "./features/revision/nn";
import { copyForward } from "./features/copy-forward/nn";
import { admin } from "./features/admin/nn";
import { publicPages } from "./features/public/nn";
import { agreements } from "./features/agreements/nn";
import { agreementEditing } from "./features/agreement-editing/nn";
import { dashboards } from "./features/dashboards/nn";
import { meetings } from "./features/meetings/nn";
import { reports } from "./features/reports/nn";
import { measures } from "./features/measures/nn";
import { programmeEditing } from "./features/programme-editing/nn";
import { notifications } from "./features/notifications/nn";
import { spreadsheets } from "./features/spreadsheets/nn";
import { documents } from "./features/documents/nn";
import { statistics } from "./features/statistics/nn";
import { forms } from "./features/forms/nn";
import { navigation } from "./features/navigation/nn";
import { structureImport } from "./features/structure-import/nn";
import { pasteEntry } from "./features/paste-entry/nn";
import { sso } from "./features/sso/nn";
import { files } from "./features/files/nn";
import type { Resources } from "./en";

// Norsk nynorsk: see en.ts.
export const nn: Resources = {
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
