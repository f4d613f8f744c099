import { Alert, Button, Checkbox, Fieldset, Paragraph } from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { errorCodeOf } from "../../shared/errors/error-code";
import type { Preferences } from "./types";

type Topic = "reminders" | "reportReviews" | "comments" | "digest";

/** Checkboxes, one per kind of e-mail, saved together at the version read. */
export function PreferencesForm({ initial, showDigest }: { initial: Preferences; showDigest: boolean }) {
  const { t } = useTranslation(["notifications", "common"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<Topic, boolean>>(initial);
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState(false);
  const options = trpc.notifications.getPreferences.queryOptions();
  const update = useMutation(trpc.notifications.updatePreferences.mutationOptions());
  const topics: Topic[] = showDigest ? ["reminders", "reportReviews", "comments", "digest"] : ["reminders", "reportReviews", "comments"];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setConflict(false);
    const { reminders, reportReviews, comments, digest } = values;
    try {
      const next = await update.mutateAsync({ version: initial.version, reminders, reportReviews, comments, digest });
      // The saved row has a new version; the form stays as it is, with the user's focus.
      queryClient.setQueryData(options.queryKey, next);
      setSaved(true);
    } catch (error) {
      if (errorCodeOf(error) === "CONFLICT") {
        setConflict(true);
        // Show what is saved now; the user makes their change again from there.
        setValues(await queryClient.fetchQuery({ ...options, staleTime: 0 }));
      }
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)}>
      {conflict && (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t("settings.conflict")}</Paragraph>
        </Alert>
      )}
      {update.isError && errorCodeOf(update.error) !== "CONFLICT" && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t(`common:errors.${errorCodeOf(update.error)}`)}</Paragraph>
        </Alert>
      )}
      <Fieldset>
        <Fieldset.Legend>{t("settings.legend")}</Fieldset.Legend>
        {topics.map((topic) => (
          <Checkbox
            key={topic}
            name={topic}
            label={t(`settings.topics.${topic}`)}
            description={t(`settings.topics.${topic}Hint`)}
            checked={values[topic]}
            onChange={(event) => setValues((old) => ({ ...old, [topic]: event.target.checked }))}
          />
        ))}
      </Fieldset>
      <div>
        <Button type="submit" loading={update.isPending}>
          {t("settings.save")}
        </Button>
      </div>
      <Paragraph role="status">{saved ? t("settings.saved") : ""}</Paragraph>
    </form>
  );
}
