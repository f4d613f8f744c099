import { Button, Details } from "@digdir/designsystemet-react";
import { CreateAgendaItemInputSchema } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { schemaProblems } from "../../shared/forms";
import { FormField } from "../measures/form-field";
import { FormErrors, useMeetingMessages } from "./form-errors";
import { useFormState } from "./use-form-state";

const ID = "new-item";

/** A case on the meeting's agenda; a case number already on it is refused at the field. */
export function AddAgendaItemForm({ meetingId, nextPosition }: { meetingId: string; nextPosition: number }) {
  const { t } = useTranslation("meetings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const add = useMutation(trpc.meetings.addAgendaItem.mutationOptions());
  const form = useFormState({ caseNumber: "", title: "", description: "" }, ["caseNumber", "title"],
    (values) => schemaProblems(CreateAgendaItemInputSchema, { meetingId, ...values, position: nextPosition }));
  const labels = [["caseNumber", t("edit.caseNumber")], ["title", t("edit.itemTitle")], ["description", t("edit.description")]] as const;
  const label = Object.fromEntries(labels) as Record<(typeof labels)[number][0], string>;
  const messages = useMeetingMessages(labels, form.errors);

  const onSubmit = form.submit(async (values) => {
    await add.mutateAsync({ meetingId, ...values, caseNumber: values.caseNumber.trim(), position: nextPosition });
    await queryClient.invalidateQueries({ queryKey: trpc.meetings.get.queryKey({ id: meetingId }) });
  });

  return (
    <Details>
      <Details.Summary>{t("edit.addItem")}</Details.Summary>
      <Details.Content>
        <form className="stack" noValidate onSubmit={onSubmit}>
          <FormErrors idPrefix={ID} labels={labels} messages={messages} failure={form.failure} />
          {labels.map(([name]) => (
            <FormField key={name} id={`${ID}-${name}`} label={label[name]} kind={name === "description" ? "textarea" : "text"}
              value={form.values[name]} onChange={form.set(name)} error={messages[name]} />
          ))}
          <div>
            <Button type="submit" aria-disabled={add.isPending || undefined}>
              {add.isPending ? t("edit.saving") : t("edit.add")}
            </Button>
          </div>
        </form>
      </Details.Content>
    </Details>
  );
}
