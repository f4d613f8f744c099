import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { IdSchema } from "@samspill/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { blankProblems, formProblemOf, schemaProblems } from "../../shared/forms";
import { AddButton } from "./add-button";
import { RowForm } from "./row-form";
import type { Obligation } from "./types";
import type { useAgreementData } from "./use-agreement-data";
import { useProblemText } from "./problem-text";

type Data = ReturnType<typeof useAgreementData>;

interface LinkProps {
  obligation: Obligation;
  data: Data;
  onDone: (notice: string) => void;
}

/** "Link a measure": one of the measures of the parties' programmes, each once, a draft-only one marked. */
export function MeasureLinker({ agreementId, obligation, data, onDone }: LinkProps & { agreementId: string }) {
  const { t } = useTranslation("agreement-editing");
  const [open, setOpen] = useState(false);
  const options = useQuery({ ...data.trpc.agreements.measureOptions.queryOptions({ agreementId }), enabled: open });
  const link = useMutation(data.trpc.agreements.linkObligationToMeasure.mutationOptions());
  const linked = new Set(obligation.measures.map((measure) => measure.id));
  const choices = (options.data ?? []).filter((option) => !linked.has(option.id));
  return (
    <>
      <AddButton label={t("links.open", { title: obligation.title })} open={open} onOpen={() => setOpen(true)} />
      {open && (
        <RowForm<"measureId">
          heading={t("links.heading", { title: obligation.title })} idPrefix={`link-${obligation.id}`} version={0} initial={{ measureId: "" }}
          fields={[{ name: "measureId", label: t("fields.measure"), kind: "select", required: true, options: [
            { value: "", label: options.isPending ? t("links.loading") : choices.length === 0 ? t("links.none") : t("fields.choose") },
            ...choices.map((option) => ({
              value: option.id,
              label: `${option.title} – ${option.programme.title}${option.draft ? ` (${t("links.draft")})` : ""}`,
            })),
          ] }]}
          check={(values) => ({ ...schemaProblems(IdSchema, values.measureId || undefined, () => "measureId"), ...blankProblems(values, ["measureId"]) })}
          send={async (values) => {
            await link.mutateAsync({ obligationId: obligation.id, measureId: values.measureId });
            await data.refresh();
          }}
          submitLabel={t("links.submit")}
          onDone={() => {
            setOpen(false);
            onDone(t("links.linked", { title: obligation.title }));
          }}
          onCancel={() => setOpen(false)} />
      )}
    </>
  );
}

/** Unlinks one measure from the obligation at once: a link has no version, and is made again as easily. */
export function UnlinkButton({ obligation, measure, data, onDone }: LinkProps & { measure: Obligation["measures"][number] }) {
  const { t } = useTranslation("agreement-editing");
  const problemText = useProblemText();
  const unlink = useMutation(data.trpc.agreements.unlinkObligationFromMeasure.mutationOptions());
  const [problem, setProblem] = useState<string | null>(null);
  async function run() {
    setProblem(null);
    try {
      await unlink.mutateAsync({ obligationId: obligation.id, measureId: measure.id });
      await data.refresh();
      onDone(t("links.unlinked", { measure: measure.title, title: obligation.title }));
    } catch (error) {
      setProblem(problemText(formProblemOf(error)));
    }
  }
  return (
    <>
      <Button type="button" variant="tertiary" data-size="sm" data-color="danger" aria-disabled={unlink.isPending || undefined}
        aria-label={t("links.unlinkNamed", { measure: measure.title })} onClick={() => void run()}>
        {t("links.unlink")}
      </Button>
      {problem && (
        <Alert data-color="danger" role="alert" data-size="sm">
          <Paragraph data-size="sm">{problem}</Paragraph>
        </Alert>
      )}
    </>
  );
}
