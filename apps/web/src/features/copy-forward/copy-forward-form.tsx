import { CopyForwardInputSchema } from "@samspill/domain";
import { formatDate } from "@samspill/i18n";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending, useCreateForm, useFieldMessages } from "../../shared/forms";
import { useLanguage } from "../../shared/language/use-language";
import { navigate } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";
import type { ProgrammeDetail } from "../programmes/types";
import { copiedSearch } from "./copied-notice";
import { COPY_FORWARD_ORDER, CopyForwardFields, type CopyForwardValues } from "./copy-forward-fields";
import { nextPeriod, nextTitle } from "./next-period";

type Source = Pick<ProgrammeDetail, "id" | "version" | "title" | "periodStart" | "periodEnd" | "owner">;

/** What the form starts with: the period after the source's, as long, and its title with the years moved on. */
export function suggestedValues(source: Source, term: string): CopyForwardValues {
  const period = nextPeriod(source);
  return { title: nextTitle(source.title, source, period, term), ...period };
}

/** `programmes.copyForward` from the programme the reader came from; lands on the new draft. */
export function CopyForwardForm({ source }: { source: Source }) {
  const { t } = useTranslation(["copy-forward", "domain"]);
  const { language } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const copy = useMutation(trpc.programmes.copyForward.mutationOptions());
  const form = useCreateForm(suggestedValues(source, t("domain:terms.actionProgramme", { context: source.owner.country })));
  const { values } = form;
  const labels = { title: t("form.title"), periodStart: t("form.periodStart"), periodEnd: t("form.periodEnd") };
  const reasonText = (reason: string) =>
    reason === "period_not_after_source" ? t("form.afterSource", { date: formatDate(source.periodEnd, language) }) : undefined;
  const messages = useFieldMessages({ labels, reasonText }, form.errors);
  const input = {
    programmeId: source.id, version: source.version, title: values.title.trim(), periodStart: values.periodStart, periodEnd: values.periodEnd,
  };

  const submit = () =>
    void form.submit(checkBeforeSending(CopyForwardInputSchema, input, values, COPY_FORWARD_ORDER), async () => {
      const created = await copy.mutateAsync(input);
      await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
      navigate(hrefFor({ name: "programme", id: created.id }) + copiedSearch(created.copied));
    });

  return (
    <CopyForwardFields values={values} onChange={form.set} messages={messages} failure={form.failure} attempt={form.attempt}
      pending={form.pending} onSubmit={submit} onCancel={() => navigate(hrefFor({ name: "programme", id: source.id }))} />
  );
}
