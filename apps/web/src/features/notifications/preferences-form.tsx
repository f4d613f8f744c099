import { Button, Checkbox, Fieldset, Paragraph } from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ConflictAlert, ErrorSummary, useVersionedForm } from "../../shared/forms";
import type { Preferences } from "./types";

type Topic = "reminders" | "reportReviews" | "comments" | "digest";

const topicsOf = ({ reminders, reportReviews, comments, digest }: Preferences): Record<Topic, boolean> => ({ reminders, reportReviews, comments, digest });

/**
 * Checkboxes, one per kind of e-mail, saved together at the version read. After a change in
 * another window, "apply again" puts this change on the settings saved there.
 */
export function PreferencesForm({ initial, showDigest }: { initial: Preferences; showDigest: boolean }) {
  const { t } = useTranslation("notifications");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const options = trpc.notifications.getPreferences.queryOptions();
  const update = useMutation(trpc.notifications.updatePreferences.mutationOptions());
  const form = useVersionedForm({
    initial: topicsOf(initial),
    version: initial.version,
    // The settings are saved whole; the untouched ones are those read last.
    send: (_changed, version, values) => {
      setSaved(false);
      return update.mutateAsync({ version, ...values });
    },
    latest: async () => {
      const latest = await queryClient.fetchQuery({ ...options, staleTime: 0 });
      return { values: topicsOf(latest), version: latest.version };
    },
    onSaved: (next) => {
      // The saved row has a new version; the form stays as it is, with the user's focus.
      if (next) queryClient.setQueryData(options.queryKey, next);
      setSaved(true);
    },
  });
  const topics: Topic[] = showDigest ? ["reminders", "reportReviews", "comments", "digest"] : ["reminders", "reportReviews", "comments"];

  return (
    <form className="stack" onSubmit={(event) => void form.submit(event)}>
      {form.conflict && <ConflictAlert message={t("settings.conflict")} takeFocus onReload={() => void form.reload()} onReapply={() => void form.reapply()} />}
      <ErrorSummary idPrefix="preferences" messages={{}} problem={form.problem} attempt={form.attempt} />
      <Fieldset>
        <Fieldset.Legend>{t("settings.legend")}</Fieldset.Legend>
        {topics.map((topic) => (
          <Checkbox
            key={topic}
            name={topic}
            label={t(`settings.topics.${topic}`)}
            description={t(`settings.topics.${topic}Hint`)}
            checked={form.values[topic]}
            onChange={(event) => form.set(topic)(event.target.checked)}
          />
        ))}
      </Fieldset>
      <div>
        <Button type="submit" loading={form.pending}>
          {t("settings.save")}
        </Button>
      </div>
      <Paragraph role="status">{saved ? t("settings.saved") : ""}</Paragraph>
    </form>
  );
}
