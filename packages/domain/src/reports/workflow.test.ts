import { describe, expect, it } from "vitest";
import { REPORT_STATUSES, type ReportStatus } from "../shared/enums";
import { expectDomainError } from "../shared/testing";
import {
  type ReportWorkflowState, approveReport, assertEditable, canTransitionReport, editRefusal, isEditable, returnReport, reviewRefusal, submitReport,
} from "./workflow";

const draft: ReportWorkflowState = {
  workflowStatus: "draft", submittedAt: null, late: false, reviewedAt: null, reviewedBy: null, returnComment: null,
};
const review = { reviewerId: "secretariat-1", now: new Date("2024-02-05T10:00:00Z") };
const DEADLINE = "2024-01-31";

function inState(workflowStatus: ReportStatus): ReportWorkflowState {
  return { ...draft, workflowStatus, submittedAt: workflowStatus === "draft" ? null : "2024-01-20T10:00:00.000Z", returnComment: workflowStatus === "returned" ? "Mangler tall" : null };
}

const ALLOWED: Record<ReportStatus, ReportStatus[]> = {
  draft: ["submitted"],
  submitted: ["approved", "returned"],
  returned: ["submitted"],
  approved: [],
};

describe("report transitions", () => {
  it.each(REPORT_STATUSES.flatMap((from) => REPORT_STATUSES.map((to) => [from, to, ALLOWED[from].includes(to)] as const)))(
    "%s → %s allowed: %s",
    (from, to, allowed) => {
      expect(canTransitionReport(from, to)).toBe(allowed);
      const act = () => {
        const report = inState(from);
        if (to === "submitted") return submitReport(report, review.now, DEADLINE);
        if (to === "approved") return approveReport(report, review);
        if (to === "returned") return returnReport(report, "Mangler tall", review);
        throw new Error("draft is never a target");
      };
      if (to === "draft") return;
      if (allowed) expect(act().workflowStatus).toBe(to);
      else expectDomainError(act, "INVALID_STATE", from === "approved" ? "report_locked" : "report_transition_not_allowed");
    },
  );
});

describe("submitReport", () => {
  it("is on time up to and including the deadline day in Norway", () => {
    const onDeadlineEvening = submitReport(draft, new Date("2024-01-31T22:30:00Z"), DEADLINE, "UTC");
    expect(onDeadlineEvening).toMatchObject({ workflowStatus: "submitted", late: false, submittedAt: "2024-01-31T22:30:00.000Z" });
    // 22:30 UTC is already 1 February in Oslo.
    expect(submitReport(draft, new Date("2024-01-31T23:30:00Z"), DEADLINE).late).toBe(true);
    expect(submitReport(draft, new Date("2024-01-31T21:30:00Z"), DEADLINE).late).toBe(false);
  });

  it("accepts late submissions and marks them late", () => {
    expect(submitReport(draft, new Date("2024-03-01T09:00:00Z"), DEADLINE)).toMatchObject({ workflowStatus: "submitted", late: true });
  });

  it("keeps the first submission's lateness when resubmitting after a return", () => {
    const returned = returnReport(submitReport(draft, new Date("2024-01-20T09:00:00Z"), DEADLINE), "Legg til tall", review);
    const resubmitted = submitReport(returned, new Date("2024-02-10T09:00:00Z"), DEADLINE);
    expect(resubmitted).toMatchObject({ workflowStatus: "submitted", late: false, submittedAt: "2024-02-10T09:00:00.000Z" });
  });

  it("does not change the report it was given", () => {
    submitReport(draft, review.now, DEADLINE);
    expect(draft.workflowStatus).toBe("draft");
  });
});

describe("review", () => {
  const submitted = submitReport(draft, new Date("2024-01-20T09:00:00Z"), DEADLINE);

  it("approve records reviewer and time", () => {
    expect(approveReport(submitted, review)).toMatchObject({
      workflowStatus: "approved", reviewedBy: "secretariat-1", reviewedAt: "2024-02-05T10:00:00.000Z",
    });
  });

  it("return needs a non-empty comment", () => {
    expectDomainError(() => returnReport(submitted, "   ", review), "INVALID_INPUT", "comment_required");
    expect(returnReport(submitted, "  Mangler tall for 2023 ", review)).toMatchObject({ workflowStatus: "returned", returnComment: "Mangler tall for 2023" });
  });
});

describe("assertEditable and the refusals a report page shows", () => {
  it.each<[ReportStatus, string | null, string | null]>([
    ["draft", null, "report_not_submitted"],
    ["returned", null, "report_not_submitted"],
    ["submitted", "report_awaiting_review", null],
    ["approved", "report_locked", "report_locked"],
  ])("%s → edit %s, review %s", (status, reason, review) => {
    expect(editRefusal({ workflowStatus: status })).toBe(reason);
    expect(reviewRefusal({ workflowStatus: status })).toBe(review);
    expect(isEditable({ workflowStatus: status })).toBe(reason === null);
    if (reason === null) expect(() => assertEditable({ workflowStatus: status })).not.toThrow();
    else expectDomainError(() => assertEditable({ workflowStatus: status }), "INVALID_STATE", reason);
  });
});
