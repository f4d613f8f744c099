import { z } from "zod";
import { deleteAgreementRow, updateWithVersion, type Executor } from "@samspill/db";
import { IdSchema, VersionSchema, type SubjectType } from "@samspill/domain";
import type { Context } from "../../trpc/context.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedChild, type Authorize } from "./agreement-access.js";

export const RemoveInputSchema = z.strictObject({ id: IdSchema, version: VersionSchema });

interface RemovableRow {
  id: string;
  agreementId: string;
  version: number;
}

interface Removal<T extends RemovableRow> {
  table: "obligation" | "fundingCommitment" | "reportingRequirement" | "dialogueMeeting";
  subjectType: SubjectType;
  find: (db: Executor, id: string) => Promise<T | undefined>;
  view: (row: T) => unknown;
}

/**
 * The one way a row inside an agreement is deleted: authorized through its agreement, at the
 * version the client read (CONFLICT when it moved), audited in the county's log.
 */
export function removeAgreementRow<T extends RemovableRow>(
  ctx: Context & { authorize: Authorize },
  input: z.infer<typeof RemoveInputSchema>,
  removal: Removal<T>,
) {
  return inMutation(ctx, async (trx, audit) => {
    const { row, agreement } = await authorizedChild(trx, ctx.authorize, await removal.find(trx, input.id), removal.subjectType);
    await updateWithVersion(trx, removal.table, row.id, input.version, {});
    await deleteAgreementRow(trx, removal.table, row.id);
    await audit({
      action: `${removal.subjectType}.removed`, subjectType: removal.subjectType, subjectId: row.id,
      organisationId: agreement.countyId, before: removal.view(row),
    });
    return { id: row.id };
  });
}
