import { Button, Details } from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { navigate } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";
import { FormField } from "../measures/form-field";
import { FormErrors, useFieldMessage } from "./form-errors";
import { useFormState } from "./use-form-state";

const ID = "new-meeting";

/** The secretariat records a meeting of one of the council's bodies, then opens it to fill the agenda. */
export function NewMeetingForm({ councilId }: { councilId: string }) {
  const { t } = useTranslation("meetings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.meetings.create.mutationOptions());
  const form = useFormState({ body: "", title: "", heldOn: "", location: "" }, ["body", "title", "heldOn"]);
  const message = useFieldMessage();
  const labels = [
    ["body", t("edit.body")], ["title", t("edit.title")], ["heldOn", t("edit.heldOn")], ["location", t("edit.location")],
  ] as const;
  const label = Object.fromEntries(labels) as Record<(typeof labels)[number][0], string>;

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
          <FormErrors idPrefix={ID} labels={labels} errors={form.errors} failure={form.failure} />
          {labels.map(([name]) => (
            <FormField key={name} id={`${ID}-${name}`} label={label[name]} kind={name === "heldOn" ? "date" : "text"}
              value={form.values[name]} onChange={form.set(name)} error={message(label[name], form.errors[name])} />
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
