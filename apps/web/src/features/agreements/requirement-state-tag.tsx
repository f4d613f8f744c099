import { Tag } from "@digdir/designsystemet-react";
import type { RequirementState } from "@samspill/domain";
import { useTranslation } from "react-i18next";

const COLOR: Record<RequirementState, "info" | "success" | "danger"> = {
  due: "info",
  fulfilled: "success",
  overdue: "danger",
};

export function RequirementStateTag({ state }: { state: RequirementState }) {
  const { t } = useTranslation("agreements");
  return (
    <Tag data-color={COLOR[state]} data-size="sm">
      {t(`requirementState.${state}`)}
    </Tag>
  );
}
