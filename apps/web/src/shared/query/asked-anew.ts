/**
 * For what others change while the reader is away — a report the secretariat returns or
 * approves, a queue someone resubmits to, comments others write: a page about it asks the
 * server anew each time it opens instead of trusting a copy cached on the last visit, seconds
 * old and wrong ("submitted, cannot be changed" on a report the home page already says came
 * back; a queue without the report just sent in again; a return comment missing below it).
 */
export const ASKED_ANEW = { staleTime: 0 } as const;
