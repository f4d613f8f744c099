import { Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

/** Whether the public can read the meeting: only insiders ever see an unpublished one. */
export function VisibilityTag({ published }: { published: boolean }) {
  const { t } = useTranslation("meetings");
  return (
    <Tag data-size="sm" data-color={published ? "success" : "neutral"}>
      {published ? t("visibility.published") : t("visibility.unpublished")}
    </Tag>
  );
}
