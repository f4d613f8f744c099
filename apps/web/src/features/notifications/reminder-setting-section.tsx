import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { errorCodeOf } from "../../shared/errors/error-code";
import { FormField } from "../../shared/forms";
import { Loading } from "../../shared/ui/loading";
import "./notifications.css";
import { parseReminderDays } from "./reminder-days";

/** The secretariat's setting on its dashboard: how many days before a deadline reminders go out. */
export function ReminderSettingSection({ councilId }: { councilId: string }) {
  const { t } = useTranslation("notifications");
  const trpc = useTRPC();
  const headingId = useId();
  const setting = useQuery(trpc.notifications.getReminderSetting.queryOptions({ councilId }));
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("reminderSetting.heading")}
      </Heading>
      <Paragraph>{t("reminderSetting.intro")}</Paragraph>
      {setting.isPending && <Loading />}
      {setting.isError && <ErrorAlert error={setting.error} headingLevel={3} />}
      {setting.isSuccess && <ReminderSettingForm councilId={councilId} daysBefore={setting.data.daysBefore} version={setting.data.version} />}
    </section>
  );
}

function ReminderSettingForm({ councilId, daysBefore, version }: { councilId: string; daysBefore: number; version: number }) {
  const { t } = useTranslation(["notifications", "common"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [text, setText] = useState(String(daysBefore));
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const [conflict, setConflict] = useState(false);
  const options = trpc.notifications.getReminderSetting.queryOptions({ councilId });
  const update = useMutation(trpc.notifications.updateReminderSetting.mutationOptions());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    setConflict(false);
    const days = parseReminderDays(text);
    setInvalid(days === undefined);
    if (days === undefined) return;
    try {
      const next = await update.mutateAsync({ councilId, version, daysBefore: days });
      queryClient.setQueryData(options.queryKey, next);
      setSaved(next.daysBefore);
    } catch (error) {
      if (errorCodeOf(error) !== "CONFLICT") return;
      setConflict(true);
      const fresh = await queryClient.fetchQuery({ ...options, staleTime: 0 });
      setText(String(fresh.daysBefore));
    }
  }

  return (
    <form className="stack" noValidate onSubmit={(event) => void submit(event)}>
      {conflict && (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t("reminderSetting.conflict")}</Paragraph>
        </Alert>
      )}
      {update.isError && errorCodeOf(update.error) !== "CONFLICT" && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t(`common:errors.${errorCodeOf(update.error)}`)}</Paragraph>
        </Alert>
      )}
      <div className="reminder-setting">
        <div className="reminder-setting__days">
          <FormField id={`${id}-days`} label={t("reminderSetting.label")} description={t("reminderSetting.hint")} inputMode="numeric"
            value={text} onChange={setText} error={invalid ? t("reminderSetting.invalid") : undefined} />
        </div>
        <div>
          <Button type="submit" loading={update.isPending}>
            {t("reminderSetting.save")}
          </Button>
        </div>
      </div>
      <Paragraph role="status">{saved === null ? "" : t("reminderSetting.saved", { count: saved })}</Paragraph>
    </form>
  );
}
