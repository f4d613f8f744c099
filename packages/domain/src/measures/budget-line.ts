import { z } from "zod";
import { FUNDING_SOURCES } from "../shared/enums";
import { MoneySchema } from "../shared/money";
import { IdSchema, VersionSchema, YearSchema, optionalText } from "../shared/primitives";

export const FundingSourceSchema = z.enum(FUNDING_SOURCES);

const budgetLineFields = {
  measureId: IdSchema,
  /** Set when the line is one municipality's share of a shared measure. */
  partId: IdSchema.nullable(),
  year: YearSchema,
  amount: MoneySchema,
  fundingSource: FundingSourceSchema,
  description: optionalText(1000),
};

export const BudgetLineSchema = z.strictObject({ id: IdSchema, ...budgetLineFields, version: VersionSchema });
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

export const CreateBudgetLineInputSchema = z.strictObject({
  ...budgetLineFields,
  partId: budgetLineFields.partId.default(null),
  description: budgetLineFields.description.default(""),
});
export type CreateBudgetLineInput = z.infer<typeof CreateBudgetLineInputSchema>;

export const UpdateBudgetLineInputSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  year: budgetLineFields.year.optional(),
  amount: budgetLineFields.amount.optional(),
  fundingSource: budgetLineFields.fundingSource.optional(),
  description: budgetLineFields.description.optional(),
});
export type UpdateBudgetLineInput = z.infer<typeof UpdateBudgetLineInputSchema>;
