import { useFieldMessages, type FieldProblems } from "../../shared/forms";

/** How a case number is written, for a message about its format. */
const EXAMPLES = { caseNumber: "12/23" };

/** The meeting forms' field problems in words, naming each field by its label. */
export function useMeetingMessages(labels: Record<string, string>, errors: FieldProblems): Record<string, string> {
  return useFieldMessages({ labels, examples: EXAMPLES }, errors);
}
