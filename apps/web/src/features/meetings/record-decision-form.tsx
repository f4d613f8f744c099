import { Button, Details, Select } from "@digdir/designsystemet-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { FormField } from "../measures/form-field";
import { FormErrors, useFieldMessage } from "./form-errors";
import { useFormState } from "./use-form-state";

interface RecordDecisionFormProps {
  meetingId: string;
  councilId: string;
  agendaItemId: string;
  heldOn: string;
}

/**
 * What the body decided on a case. It may adopt one of the council's draft programmes, which
 * the server turns into the adopted version in the same step.
 */
export function RecordDecisionForm({ meetingId, councilId, agendaItemId, heldOn }: RecordDecisionFormProps) {
  const { t } = useTranslation("meetings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const drafts = useQuery(trpc.programmes.listByOwner.queryOptions({ ownerId: councilId, status: "draft", limit: 100, offset: 0 }));
  const record = useMutation(trpc.meetings.recordDecision.mutationOptions());
  const form = useFormState({ text: "", decidedOn: heldOn, adoptsProgrammeId: "" }, ["text", "decidedOn"]);
  const message = useFieldMessage();
  const id = `decision-${agendaItemId}`;
  const labels = [["text", t("edit.decisionText")], ["decidedOn", t("edit.decidedOn")], ["adoptsProgrammeId", t("edit.adopts")]] as const;
  const label = Object.fromEntries(labels) as Record<(typeof labels)[number][0], string>;

  const onSubmit = form.submit(async ({ adoptsProgrammeId, ...values }) => {
    await record.mutateAsync({ agendaItemId, ...values, adoptsProgrammeId: adoptsProgrammeId || null });
    // An adoption changes the programmes too.
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.meetings.get.queryKey({ id: meetingId }) }),
      adoptsProgrammeId ? queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() }) : null,
    ]);
  });

  return (
    <Details>
      <Details.Summary>{t("edit.recordDecision")}</Details.Summary>
      <Details.Content>
        <form className="stack" noValidate onSubmit={onSubmit}>
          <FormErrors idPrefix={id} labels={labels} errors={form.errors} failure={form.failure} />
          <FormField id={`${id}-text`} kind="textarea" label={label.text} value={form.values.text} onChange={form.set("text")}
            error={message(label.text, form.errors.text)} />
          <FormField id={`${id}-decidedOn`} kind="date" label={label.decidedOn} value={form.values.decidedOn}
            onChange={form.set("decidedOn")} error={message(label.decidedOn, form.errors.decidedOn)} />
          {(drafts.data?.items.length ?? 0) > 0 && (
            <FormField id={`${id}-adoptsProgrammeId`} kind="select" label={label.adoptsProgrammeId} value={form.values.adoptsProgrammeId}
              onChange={form.set("adoptsProgrammeId")} error={message(label.adoptsProgrammeId, form.errors.adoptsProgrammeId)}>
              <Select.Option value="">{t("edit.adoptsNone")}</Select.Option>
              {drafts.data?.items.map((programme) => (
                <Select.Option key={programme.id} value={programme.id}>
                  {programme.title}
                </Select.Option>
              ))}
            </FormField>
          )}
          <div>
            <Button type="submit" aria-disabled={record.isPending || undefined}>
              {record.isPending ? t("edit.saving") : t("edit.record")}
            </Button>
          </div>
        </form>
      </Details.Content>
    </Details>
  );
}
