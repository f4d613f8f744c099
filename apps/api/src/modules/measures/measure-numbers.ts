import { listNumberingRows, type Executor, type ProgrammeRow } from "@samspill/db";
import { measureNumbers, programmeTakes } from "@samspill/domain";

// A measure's number depends on the programme's structure only: which measures it has, their
// focus areas and order, and the focus areas' own. Structure changes only in a draft ("adopted
// means adopted", packages/domain change-rules), so an adopted or superseded programme numbers
// its measures the same way for good, and every instance of the portal would compute the same
// numbers again. Those are kept, keyed by the programme: the status that allows it is read from
// the database in the same request, so a draft is numbered afresh every time, and a programme is
// only ever kept once it can no longer change. The measures list and the measure page need
// them on every call, and a big programme's numbering rows were most of those calls' work.

/** How many programmes' numbers one process keeps (about 60 bytes a measure). */
export const KEPT_PROGRAMMES = 200;

/** Whether no change can reach the programme's structure any more (its status takes none). */
export function structureIsFixed(status: ProgrammeRow["status"]): boolean {
  return (["measures_added_or_removed", "measure_definition", "focus_areas"] as const).every((change) => !programmeTakes(status, change));
}

/** Every measure's number in its programme ("3.2"), the same as on the programme page and in its documents. */
export class MeasureNumbering {
  readonly #kept = new Map<string, ReadonlyMap<string, string>>();

  async of(db: Executor, programme: Pick<ProgrammeRow, "id" | "status">): Promise<ReadonlyMap<string, string>> {
    // Inside a transaction the status read may yet be rolled back, so nothing is kept or used there.
    const fixed = structureIsFixed(programme.status) && !db.isTransaction;
    const known = fixed ? this.#kept.get(programme.id) : undefined;
    if (known) {
      // Most recently used last, so the one let go is the one read longest ago.
      this.#kept.delete(programme.id);
      this.#kept.set(programme.id, known);
      return known;
    }
    const { focusAreas, measures } = await listNumberingRows(db, programme.id);
    const numbers = measureNumbers(focusAreas, measures);
    if (fixed) {
      this.#kept.set(programme.id, numbers);
      if (this.#kept.size > KEPT_PROGRAMMES) this.#kept.delete(this.#kept.keys().next().value!);
    }
    return numbers;
  }
}
