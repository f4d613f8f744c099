import { revision } from "./revision";
import { copyForward } from "./copy-forward";
import { reports } from "./reports";
import { measures } from "./measures";
import { agreements } from "./agreements";
import { agreementEditing } from "./agreement-editing";
import { dashboards } from "./dashboards";
import { meetings } from "./meetings";
import { admin } from "./admin";
import { publicPages } from "./public";
import { programmeEditing } from "./programme-editing";
import { notifications } from "./notifications";
import { spreadsheets } from "./spreadsheets";
import { documents } from "./documents";
import { statistics } from "./statistics";
import { forms } from "./forms";
import { navigation } from "./navigation";
import { structureImport } from "./structure-import";
import { pasteEntry } from "./paste-entry";
import { sso } from "./sso";
import { files } from "./files";
// Feature namespaces: one file each, with all four languages. Add a line per new namespace.
export const featureNamespaces = {
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
