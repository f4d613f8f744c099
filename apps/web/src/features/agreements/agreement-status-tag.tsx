import { Tag } from "@digdir/designsystemet-react";
import type { AgreementStatus } from "@samspill/domain";
import { useTranslation } from "react-i18next";

const COLOR: Record<AgreementStatus, "warning" | "success" | "neutral"> = {
  draft: "warning",
  active: "success",
  expired: "neutral",
};

export function AgreementStatusTag({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation("agreements");
  return (
    <Tag data-color={COLOR[status]} data-size="sm">
      {t(`status.${status}`)}
    </Tag>
  );
}
