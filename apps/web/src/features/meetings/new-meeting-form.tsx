import { Button, Details } from "@digdir/designsystemet-react";
import { CreateMeetingInputSchema } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending, ErrorSummary, FormField, useCreateForm } from "../../shared/forms";
import { navigate } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";
import { useMeetingMessages } from "./meeting-messages";
import { MEETING_FIELDS, MEETING_REQUIRED } from "./meeting-values";

const ID = "new-meeting";

/** The secretariat records a meeting of one of the council's bodies, then opens it to fill the agenda. */
export function NewMeetingForm({ councilId }: { councilId: string }) {
  const { t } = useTranslation("meetings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.meetings.create.mutationOptions());
  const form = useCreateForm({ body: "", title: "", heldOn: "", location: "" });
  const labels = { body: t("edit.body"), title: t("edit.title"), heldOn: t("edit.heldOn"), location: t("edit.location") };
  const messages = useMeetingMessages(labels, form.errors);

  const onSubmit = () =>
    void form.submit(checkBeforeSending(CreateMeetingInputSchema, { councilId, ...form.values }, form.values, MEETING_REQUIRED), async (values) => {
      const meeting = await create.mutateAsync({ councilId, ...values });
      await queryClient.invalidateQueries({ queryKey: trpc.meetings.list.queryKey() });
      navigate(hrefFor({ name: "meeting", id: meeting.id }));
    });

  return (
    <Details>
      <Details.Summary>{t("edit.newMeeting")}</Details.Summary>
      <Details.Content>
        <form className="stack" noValidate onSubmit={(event) => { event.preventDefault(); onSubmit(); }}>
          <ErrorSummary idPrefix={ID} order={MEETING_FIELDS} messages={messages} problem={form.failure} attempt={form.attempt} />
          {MEETING_FIELDS.map((name) => (
            <FormField key={name} id={`${ID}-${name}`} label={labels[name]} kind={name === "heldOn" ? "date" : "text"}
              value={form.values[name]} onChange={form.set(name)} error={messages[name]} />
          ))}
          <div>
            <Button type="submit" aria-disabled={form.pending || undefined}>
              {form.pending ? t("edit.saving") : t("edit.create")}
            </Button>
          </div>
        </form>
      </Details.Content>
    </Details>
  );
}
