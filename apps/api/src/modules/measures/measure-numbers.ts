import { listNumberingRows, type Executor } from "@samspill/db";
import { measureNumbers } from "@samspill/domain";

/** Every measure's number in its programme ("3.2"), the same as on the programme page and in its documents. */
export async function programmeMeasureNumbers(db: Executor, programmeId: string): Promise<Map<string, string>> {
  const { focusAreas, measures } = await listNumberingRows(db, programmeId);
  return measureNumbers(focusAreas, measures);
}
