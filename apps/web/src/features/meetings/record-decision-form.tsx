import { Button, Details, Select, ValidationMessage } from "@digdir/designsystemet-react";
import { CreateDecisionInputSchema, type DecisionLink } from "@samspill/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { schemaProblems } from "../../shared/forms";
import { FormField } from "../measures/form-field";
import { DecisionLinksPicker } from "./decision-links-picker";
import { FormErrors, useMeetingMessages } from "./form-errors";
import { useFormState } from "./use-form-state";

interface RecordDecisionFormProps {
  meetingId: string;
  councilId: string;
  agendaItemId: string;
  heldOn: string;
}

/**
 * What the body decided on a case, and what it concerns: the council's programmes, measures
 * and agreements, which then list the decision. It may adopt one of the council's draft
 * programmes, which the server turns into the adopted version in the same step.
 */
export function RecordDecisionForm({ meetingId, councilId, agendaItemId, heldOn }: RecordDecisionFormProps) {
  const { t } = useTranslation("meetings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const drafts = useQuery(trpc.programmes.listByOwner.queryOptions({ ownerId: councilId, status: "draft", limit: 100, offset: 0 }));
  const record = useMutation(trpc.meetings.recordDecision.mutationOptions());
  const [links, setLinks] = useState<DecisionLink[]>([]);
  const inputOf = (values: { text: string; decidedOn: string; adoptsProgrammeId: string }) => ({
    agendaItemId, text: values.text, decidedOn: values.decidedOn, adoptsProgrammeId: values.adoptsProgrammeId || null, links,
  });
  const form = useFormState({ text: "", decidedOn: heldOn, adoptsProgrammeId: "" }, ["text", "decidedOn"],
    (values) => schemaProblems(CreateDecisionInputSchema, inputOf(values)));
  const id = `decision-${agendaItemId}`;
  const labels = [
    ["text", t("edit.decisionText")], ["decidedOn", t("edit.decidedOn")], ["adoptsProgrammeId", t("edit.adopts")], ["links", t("links.legend")],
  ] as const;
  const label = Object.fromEntries(labels) as Record<(typeof labels)[number][0], string>;
  const messages = useMeetingMessages(labels, form.errors);

  const onSubmit = form.submit(async (values) => {
    await record.mutateAsync(inputOf(values));
    setLinks([]);
    // An adoption changes the programmes too, and the things it concerns list it now.
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.meetings.get.queryKey({ id: meetingId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.measures.pathKey() }),
    ]);
  });

  return (
    <Details>
      <Details.Summary>{t("edit.recordDecision")}</Details.Summary>
      <Details.Content>
        <form className="stack" noValidate onSubmit={onSubmit}>
          <FormErrors idPrefix={id} labels={labels} messages={messages} failure={form.failure} />
          <FormField id={`${id}-text`} kind="textarea" label={label.text} value={form.values.text} onChange={form.set("text")} error={messages.text} />
          <FormField id={`${id}-decidedOn`} kind="date" label={label.decidedOn} value={form.values.decidedOn}
            onChange={form.set("decidedOn")} error={messages.decidedOn} />
          {(drafts.data?.items.length ?? 0) > 0 && (
            <FormField id={`${id}-adoptsProgrammeId`} kind="select" label={label.adoptsProgrammeId} value={form.values.adoptsProgrammeId}
              onChange={form.set("adoptsProgrammeId")} error={messages.adoptsProgrammeId}>
              <Select.Option value="">{t("edit.adoptsNone")}</Select.Option>
              {drafts.data?.items.map((programme) => (
                <Select.Option key={programme.id} value={programme.id}>
                  {programme.title}
                </Select.Option>
              ))}
            </FormField>
          )}
          <div id={`${id}-links`} tabIndex={-1}>
            <DecisionLinksPicker idPrefix={id} councilId={councilId} value={links} onChange={setLinks} />
            {messages.links && <ValidationMessage>{messages.links}</ValidationMessage>}
          </div>
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
