import type { RevisionRoute } from "../../shared/router/revision-routes";
import { AdoptPage } from "./adopt-page";
import { DiffPage } from "./diff-page";
import { VersionsPage } from "./versions-page";

/** The revision screens, so the app's route view needs one line for all three (copy forward is a feature of its own). */
export function RevisionRouteView({ route }: { route: Exclude<RevisionRoute, { name: "programmeCopyForward" }> }) {
  switch (route.name) {
    case "programmeVersions":
      return <VersionsPage id={route.id} />;
    case "programmeDiff":
      return <DiffPage id={route.id} />;
    case "programmeAdopt":
      return <AdoptPage id={route.id} />;
  }
}
