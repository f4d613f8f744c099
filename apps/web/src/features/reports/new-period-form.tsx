import { Button, Details, Paragraph } from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CreateReportingPeriodInputSchema } from "@samspill/domain";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { schemaProblems, useFieldMessages } from "../../shared/forms";
import { navigate } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";
import { FormField } from "../measures/form-field";
import { FormErrors } from "../meetings/form-errors";
import { useFormState } from "../meetings/use-form-state";

const ID = "new-period";
const FIELDS = ["name", "periodStart", "periodEnd", "deadline"] as const;

/**
 * The secretariat opens the council's next reporting period — without one there is nothing to
 * report on, so the overview offers it; then the overview of the new period opens.
 */
export function NewPeriodForm({ councilId, open }: { councilId: string; open: boolean }) {
  const { t } = useTranslation("reports");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.reports.createPeriod.mutationOptions());
  // Checked before sending by the schema the server parses it with: an end or a deadline before the start.
  const form = useFormState({ name: "", periodStart: "", periodEnd: "", deadline: "" }, [...FIELDS],
    (values) => schemaProblems(CreateReportingPeriodInputSchema, { councilId, ...values }));
  const labels = FIELDS.map((name) => [name, t(`newPeriod.${name}`)] as const);
  const messages = useFieldMessages({ labels: Object.fromEntries(labels) }, form.errors);

  const onSubmit = form.submit(async (values) => {
    const period = await create.mutateAsync({ councilId, ...values });
    await queryClient.invalidateQueries({ queryKey: trpc.reports.listPeriods.queryKey({ councilId }) });
    navigate(hrefFor({ name: "reportOverview", periodId: period.id }));
  });

  return (
    <Details defaultOpen={open}>
      <Details.Summary>{t("newPeriod.open")}</Details.Summary>
      <Details.Content>
        <form className="stack" noValidate onSubmit={onSubmit}>
          <Paragraph>{t("newPeriod.intro")}</Paragraph>
          <FormErrors idPrefix={ID} labels={labels} messages={messages} failure={form.failure} />
          {labels.map(([name, label]) => (
            <FormField key={name} id={`${ID}-${name}`} label={label} kind={name === "name" ? "text" : "date"}
              value={form.values[name]} onChange={form.set(name)} error={messages[name]} />
          ))}
          <div>
            <Button type="submit" aria-disabled={create.isPending || undefined}>
              {create.isPending ? t("newPeriod.saving") : t("newPeriod.create")}
            </Button>
          </div>
        </form>
      </Details.Content>
    </Details>
  );
}
