import type { ComponentProps } from "react";
import { useTranslation } from "react-i18next";
import { CreateForm } from "../../shared/forms";
import { useReasonText } from "./problem-text";

type AgreementFormProps = Omit<ComponentProps<typeof CreateForm>, "subject" | "reasonText" | "conflict" | "focusOnOpen"> & {
  /** After a version conflict: show what is saved now, or send the same change again on top of it. */
  onReload?: () => void;
  onReapply?: () => void;
};

/** The shared form frame in the agreements' words: their rules' reasons, and their conflict's two ways out. */
export function AgreementForm({ onReload, onReapply, ...props }: AgreementFormProps) {
  const { t } = useTranslation("agreement-editing");
  const reasonText = useReasonText();
  const conflict = onReapply
    ? { message: t("form.conflict"), reloadLabel: t("form.reload"), reapplyLabel: t("form.reapply"), onReload: () => onReload?.(), onReapply }
    : undefined;
  return <CreateForm {...props} subject="agreement" reasonText={reasonText} conflict={conflict} focusOnOpen />;
}
