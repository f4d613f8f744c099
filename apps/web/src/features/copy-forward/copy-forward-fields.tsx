import { useTranslation } from "react-i18next";
import { CreateForm, FormField, type FormProblem } from "../../shared/forms";

export const COPY_FORWARD_ID = "copy-forward";
export const COPY_FORWARD_ORDER = ["title", "periodStart", "periodEnd"] as const;
export type CopyForwardValues = Record<(typeof COPY_FORWARD_ORDER)[number], string>;

interface Props {
  values: CopyForwardValues;
  onChange: (field: keyof CopyForwardValues) => (value: string) => void;
  messages: Record<string, string>;
  failure: FormProblem | null;
  attempt: number;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
}

/** The form's screen: title and period of the new programme, with the shared errors summary. */
export function CopyForwardFields({ values, onChange, messages, ...form }: Props) {
  const { t } = useTranslation("copy-forward");
  const field = (name: keyof CopyForwardValues) => ({
    id: `${COPY_FORWARD_ID}-${name}`, label: t(`form.${name}`), value: values[name], onChange: onChange(name), error: messages[name],
  });
  return (
    <CreateForm heading={t("form.heading")} headingLevel={2} idPrefix={COPY_FORWARD_ID} order={COPY_FORWARD_ORDER} messages={messages}
      submitLabel={t("form.submit")} {...form}>
      <FormField {...field("title")} required />
      <FormField {...field("periodStart")} kind="date" required />
      <FormField {...field("periodEnd")} kind="date" required />
    </CreateForm>
  );
}
