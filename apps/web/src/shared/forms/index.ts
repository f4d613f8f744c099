// The web client's one forms layer: reading a failed call, the field, the error summary, the
// "create" form and the versioned edit form, and the checks before sending.
export { CreateForm } from "./create-form";
export { errorDataOf, type ErrorData, type ServerIssue } from "./error-data";
export { ErrorSummary, fieldId, type ErrorSummaryProps } from "./error-summary";
export { fieldMessage, fieldMessages, useFieldMessages, type FieldWords } from "./field-message";
export {
  blankProblems, checkBeforeSending, fieldProblemsOf, REQUIRED, schemaProblems,
  type CheckingSchema, type FieldOfPath, type FieldProblem, type FieldProblems, type ProblemParams,
} from "./field-problems";
export { FormField, type FieldControl, type FormFieldProps } from "./form-field";
export { formProblemOf, inputProblem, wholeFormRefusal, type FormProblem, type FormProblemOptions } from "./form-problem";
export { useCreateForm, type CreateFormOptions } from "./use-create-form";
export { useVersionedForm, type VersionedFormOptions } from "./use-versioned-form";
export { changedFields, onlyChanged, reapplied, sendChanges, startingFrom, type Snapshot } from "./versioned-form";
export { ConflictAlert } from "../errors/conflict-alert";
export { useRemoval } from "./use-removal";
