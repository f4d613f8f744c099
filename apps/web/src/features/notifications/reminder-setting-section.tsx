import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { ConflictAlert, ErrorSummary, FormField, useVersionedForm, type FieldProblems } from "../../shared/forms";
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
  const { t } = useTranslation("notifications");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [saved, setSaved] = useState<number | null>(null);
  const options = trpc.notifications.getReminderSetting.queryOptions({ councilId });
  const update = useMutation(trpc.notifications.updateReminderSetting.mutationOptions());
  const form = useVersionedForm({
    initial: { days: String(daysBefore) },
    version,
    check: ({ days }): FieldProblems => (parseReminderDays(days) === undefined ? { days: { code: "invalid", params: {} } } : {}),
    send: (_changed, at, { days }) => {
      setSaved(null);
      return update.mutateAsync({ councilId, version: at, daysBefore: parseReminderDays(days) ?? daysBefore });
    },
    latest: async () => {
      const latest = await queryClient.fetchQuery({ ...options, staleTime: 0 });
      return { values: { days: String(latest.daysBefore) }, version: latest.version };
    },
    // Nothing changed, nothing sent: the value read is the one saved.
    onSaved: (next) => {
      if (next) queryClient.setQueryData(options.queryKey, next);
      setSaved(next ? next.daysBefore : daysBefore);
    },
  });
  const invalid = form.errors.days !== undefined;

  return (
    <form className="stack" noValidate onSubmit={(event) => void form.submit(event)}>
      {form.conflict && (
        <ConflictAlert message={t("reminderSetting.conflict")} takeFocus onReload={() => void form.reload()} onReapply={() => void form.reapply()} />
      )}
      <ErrorSummary idPrefix={id} messages={{}} problem={form.problem} attempt={form.attempt} />
      <div className="reminder-setting">
        <div className="reminder-setting__days">
          <FormField id={`${id}-days`} label={t("reminderSetting.label")} description={t("reminderSetting.hint")} inputMode="numeric"
            value={form.values.days} onChange={form.set("days")} error={invalid ? t("reminderSetting.invalid") : undefined} />
        </div>
        <div>
          <Button type="submit" loading={form.pending}>
            {t("reminderSetting.save")}
          </Button>
        </div>
      </div>
      <Paragraph role="status">{saved === null ? "" : t("reminderSetting.saved", { count: saved })}</Paragraph>
    </form>
  );
}
