import { Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { ReportingState } from "./types";

// Colour supports the text, never replaces it (WCAG 1.4.1).
const COLOR: Record<ReportingState, "neutral" | "info" | "success" | "warning" | "danger"> = {
  missing: "neutral",
  draft: "info",
  submitted: "info",
  returned: "warning",
  approved: "success",
};

export function ReportStateTag({ state }: { state: ReportingState }) {
  const { t } = useTranslation("reports");
  return (
    <Tag data-color={COLOR[state]} data-size="sm">
      {t(`state.${state}`)}
    </Tag>
  );
}

/** Overdue (not in at the deadline) and late (submitted after it), each as a tag of its own. */
export function TimelinessTags({ overdue, late }: { overdue?: boolean; late?: boolean }) {
  const { t } = useTranslation("reports");
  return (
    <>
      {overdue && (
        <Tag data-color="danger" data-size="sm">
          {t("overdue")}
        </Tag>
      )}
      {late && (
        <Tag data-color="warning" data-size="sm">
          {t("late")}
        </Tag>
      )}
    </>
  );
}
