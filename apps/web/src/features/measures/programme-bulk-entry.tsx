import { useQuery } from "@tanstack/react-query";
import { Suspense } from "react";
import { useTRPC } from "../../app/trpc";
import { lazyNamed } from "../../shared/ui/lazy-named";
import type { ProgrammeDetail } from "../programmes/types";

// Fetched only when the grid's answer says the reader may enter parts or budgets here.
const ProgrammeBulkSections = lazyNamed(() => import("./programme-bulk-sections"), "ProgrammeBulkSections");

/**
 * Entering a whole programme's parts and budget in a few steps: parts for the members over all
 * shared measures at once, and the budget of every measure for one funding source at a time,
 * as one grid of measures by year. Shown to those the server lets change them.
 */
export function ProgrammeBulkEntry({ programme }: { programme: ProgrammeDetail }) {
  const trpc = useTRPC();
  // Asked only when the server says the reader may enter something here: the grid is every
  // measure of the programme, and most readers of a programme may change none of them.
  const grid = useQuery({
    ...trpc.measures.programmeGrid.queryOptions({ programmeId: programme.id }),
    enabled: programme.viewer.enterInBulk.allowed,
  });
  const data = grid.data;
  if (!data) return null;
  const shared = data.measures.filter((measure) => measure.scope === "shared" && measure.viewer.addPart.allowed);
  const budgeted = data.measures.some((measure) => measure.viewer.editBudget.allowed);
  if (shared.length === 0 && !budgeted) return null;
  // The section arrives after the grid's answer in any case; its code comes with it.
  return (
    <Suspense fallback={null}>
      <ProgrammeBulkSections programme={programme} data={data} shared={shared} budgeted={budgeted} />
    </Suspense>
  );
}
