import { Refusal } from "../../shared/errors/refusal";
import { lazyNamed } from "../../shared/ui/lazy-named";
import type { ProgrammeDetail } from "../programmes/types";
import { AdoptedNotice } from "./adopted-notice";

const ProgrammeEditor = lazyNamed(() => import("./programme-editor"), "ProgrammeEditor");

/** Fetches the editor's code ahead of its first render (tests render without waiting). */
export const preloadProgrammeEditor = ProgrammeEditor.preload;

/**
 * The secretariat's editing of its council's programme, as far as the server allows
 * (`viewer` on `programmes.get`). A draft's structure is edited here: title and period, focus
 * areas, goals and measures. An adopted version's structure changes only by revision, so in
 * place of those controls the page says so and offers to start one. Whoever may not edit at
 * all reads why. Adopting a draft is the revision feature's page, linked from the header.
 *
 * The controls and forms are their own chunk (`programme-editor.tsx`), fetched only for those
 * the server lets edit; the page waits for it rather than moving when it arrives.
 */
export function ProgrammeEditing({ programme }: { programme: ProgrammeDetail }) {
  const { viewer } = programme;
  const owner = { owner: programme.owner.name };
  // Not allowed to follow up either: the reason is who may (or that this version is history).
  if (!viewer.editFollowUp.allowed) {
    if (viewer.editFollowUp.reason === "sign_in_required") return null;
    if (viewer.editFollowUp.reason === "programme_superseded") return <AdoptedNotice programme={programme} reason="programme_superseded" />;
    return <Refusal permit={viewer.editFollowUp} subject="programme" names={owner} />;
  }
  return <ProgrammeEditor programme={programme} />;
}
