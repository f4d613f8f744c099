import { Tag } from "@digdir/designsystemet-react";
import type { ProgrammeStatus } from "@samspill/domain";
import { useTranslation } from "react-i18next";

const COLOR: Record<ProgrammeStatus, "warning" | "success" | "neutral"> = {
  draft: "warning",
  adopted: "success",
  superseded: "neutral",
};

export function ProgrammeStatusTag({ status }: { status: ProgrammeStatus }) {
  const { t } = useTranslation("domain");
  return (
    <Tag data-color={COLOR[status]} data-size="sm">
      {t(`programmeStatus.${status}`)}
    </Tag>
  );
}
