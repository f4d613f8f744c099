import { Button, Details, Paragraph } from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CreateReportingPeriodInputSchema } from "@samspill/domain";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending, ErrorSummary, FormField, useCreateForm, useFieldMessages } from "../../shared/forms";
import { navigate } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";

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
  const form = useCreateForm({ name: "", periodStart: "", periodEnd: "", deadline: "" });
  const labels = FIELDS.map((name) => [name, t(`newPeriod.${name}`)] as const);
  const messages = useFieldMessages({ labels: Object.fromEntries(labels) }, form.errors);

  const onSubmit = () =>
    void form.submit(checkBeforeSending(CreateReportingPeriodInputSchema, { councilId, ...form.values }, form.values, FIELDS), async (values) => {
      const period = await create.mutateAsync({ councilId, ...values });
      await queryClient.invalidateQueries({ queryKey: trpc.reports.listPeriods.queryKey({ councilId }) });
      navigate(hrefFor({ name: "reportOverview", periodId: period.id }));
    });

  return (
    <Details defaultOpen={open}>
      <Details.Summary>{t("newPeriod.open")}</Details.Summary>
      <Details.Content>
        <form className="stack" noValidate onSubmit={(event) => { event.preventDefault(); onSubmit(); }}>
          <Paragraph>{t("newPeriod.intro")}</Paragraph>
          <ErrorSummary idPrefix={ID} order={FIELDS} messages={messages} problem={form.failure} attempt={form.attempt} />
          {labels.map(([name, label]) => (
            <FormField key={name} id={`${ID}-${name}`} label={label} kind={name === "name" ? "text" : "date"}
              value={form.values[name]} onChange={form.set(name)} error={messages[name]} />
          ))}
          <div>
            <Button type="submit" aria-disabled={form.pending || undefined}>
              {form.pending ? t("newPeriod.saving") : t("newPeriod.create")}
            </Button>
          </div>
        </form>
      </Details.Content>
    </Details>
  );
}
