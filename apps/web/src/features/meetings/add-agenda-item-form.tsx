import { Button, Details } from "@digdir/designsystemet-react";
import { CreateAgendaItemInputSchema } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending, ErrorSummary, FormField, useCreateForm } from "../../shared/forms";
import { useMeetingMessages } from "./meeting-messages";
import { ITEM_FIELDS, ITEM_REQUIRED } from "./meeting-values";

const ID = "new-item";

/** A case on the meeting's agenda; a case number already on it is refused at the field. */
export function AddAgendaItemForm({ meetingId, nextPosition }: { meetingId: string; nextPosition: number }) {
  const { t } = useTranslation("meetings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const add = useMutation(trpc.meetings.addAgendaItem.mutationOptions());
  const form = useCreateForm({ caseNumber: "", title: "", description: "" });
  const labels = { caseNumber: t("edit.caseNumber"), title: t("edit.itemTitle"), description: t("edit.description") };
  const messages = useMeetingMessages(labels, form.errors);
  const input = (values: typeof form.values) => ({ meetingId, ...values, caseNumber: values.caseNumber.trim(), position: nextPosition });

  const onSubmit = () =>
    void form.submit(checkBeforeSending(CreateAgendaItemInputSchema, input(form.values), form.values, ITEM_REQUIRED), async (values) => {
      await add.mutateAsync(input(values));
      await queryClient.invalidateQueries({ queryKey: trpc.meetings.get.queryKey({ id: meetingId }) });
    });

  return (
    <Details>
      <Details.Summary>{t("edit.addItem")}</Details.Summary>
      <Details.Content>
        <form className="stack" noValidate onSubmit={(event) => { event.preventDefault(); onSubmit(); }}>
          <ErrorSummary idPrefix={ID} order={ITEM_FIELDS} messages={messages} problem={form.failure} attempt={form.attempt} />
          {ITEM_FIELDS.map((name) => (
            <FormField key={name} id={`${ID}-${name}`} label={labels[name]} kind={name === "description" ? "textarea" : "text"}
              value={form.values[name]} onChange={form.set(name)} error={messages[name]} />
          ))}
          <div>
            <Button type="submit" aria-disabled={form.pending || undefined}>
              {form.pending ? t("edit.saving") : t("edit.add")}
            </Button>
          </div>
        </form>
      </Details.Content>
    </Details>
  );
}
