import { Button, Details } from "@digdir/designsystemet-react";
import { CreateMeetingInputSchema } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { schemaProblems } from "../../shared/forms";
import { navigate } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";
import { FormField } from "../measures/form-field";
import { FormErrors, useMeetingMessages } from "./form-errors";
import { useFormState } from "./use-form-state";

const ID = "new-meeting";

/** The secretariat records a meeting of one of the council's bodies, then opens it to fill the agenda. */
export function NewMeetingForm({ councilId }: { councilId: string }) {
  const { t } = useTranslation("meetings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.meetings.create.mutationOptions());
  const form = useFormState({ body: "", title: "", heldOn: "", location: "" }, ["body", "title", "heldOn"],
    (values) => schemaProblems(CreateMeetingInputSchema, { councilId, ...values }));
  const labels = [
    ["body", t("edit.body")], ["title", t("edit.title")], ["heldOn", t("edit.heldOn")], ["location", t("edit.location")],
  ] as const;
  const label = Object.fromEntries(labels) as Record<(typeof labels)[number][0], string>;
  const messages = useMeetingMessages(labels, form.errors);

  const onSubmit = form.submit(async (values) => {
    const meeting = await create.mutateAsync({ councilId, ...values });
    await queryClient.invalidateQueries({ queryKey: trpc.meetings.list.queryKey() });
    navigate(hrefFor({ name: "meeting", id: meeting.id }));
  });

  return (
    <Details>
      <Details.Summary>{t("edit.newMeeting")}</Details.Summary>
      <Details.Content>
        <form className="stack" noValidate onSubmit={onSubmit}>
          <FormErrors idPrefix={ID} labels={labels} messages={messages} failure={form.failure} />
          {labels.map(([name]) => (
            <FormField key={name} id={`${ID}-${name}`} label={label[name]} kind={name === "heldOn" ? "date" : "text"}
              value={form.values[name]} onChange={form.set(name)} error={messages[name]} />
          ))}
          <div>
            <Button type="submit" aria-disabled={create.isPending || undefined}>
              {create.isPending ? t("edit.saving") : t("edit.create")}
            </Button>
          </div>
        </form>
      </Details.Content>
    </Details>
  );
}
