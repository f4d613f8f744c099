import { Tag } from "@digdir/designsystemet-react";
import type { MeasureStatus } from "@samspill/domain";
import { useTranslation } from "react-i18next";

// Colour supports the text, never replaces it (WCAG 1.4.1).
const COLOR: Record<MeasureStatus, "neutral" | "info" | "success" | "warning" | "danger"> = {
  planned: "neutral",
  in_progress: "info",
  completed: "success",
  delayed: "warning",
  cancelled: "danger",
};

export function MeasureStatusTag({ status }: { status: MeasureStatus }) {
  const { t } = useTranslation("domain");
  return (
    <Tag data-color={COLOR[status]} data-size="sm">
      {t(`measureStatus.${status}`)}
    </Tag>
  );
}
