import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { formatDate, formatDateTime } from "@samspill/i18n";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { ConflictAlert, ErrorSummary, FormField, useFieldMessages, useVersionedForm } from "../../shared/forms";
import { Refusal, type Permit } from "../../shared/errors/refusal";
import { useLanguage } from "../../shared/language/use-language";
import { Loading } from "../../shared/ui/loading";
import { TextBlocks } from "../../shared/ui/text-blocks";
import { TEXT_FIELDS, TEXT_LIMITS, textsInput, textsValues, type TextsValues } from "./texts-fields";
import "./documents.css";

type Key = { agreementId: string; periodId: string };

/**
 * The summary, approval and signature of the report to the county for the chosen period. The
 * council's secretariat writes them here (the server says who may); everyone else who reads
 * the agreement sees what was written.
 */
export function AnnualReportTexts(key: Key) {
  const { t } = useTranslation("documents");
  const trpc = useTRPC();
  const headingId = useId();
  const texts = useQuery(trpc.documents.annualReportTexts.queryOptions(key));
  // Kept here, so that it outlives the form of one period.
  const [notice, setNotice] = useState("");
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={3} data-size="xs" id={headingId}>
        {t("texts.heading")}
      </Heading>
      {texts.isPending && <Loading />}
      {texts.isError && <ErrorAlert error={texts.error} headingLevel={3} />}
      {texts.isSuccess && (texts.data.viewer.edit.allowed
        ? <TextsForm key={key.periodId} id={key} saved={texts.data} notice={notice} onNotice={setNotice} />
        : <TextsRead saved={texts.data} />)}
    </section>
  );
}

interface Saved extends Omit<TextsValues, "signedOn"> {
  signedOn: string | null;
  version: number;
  updatedAt: string | null;
  viewer: { edit: Permit };
}

function TextsRead({ saved }: { saved: Saved }) {
  const { t } = useTranslation("documents");
  const { language } = useLanguage();
  const signed = [saved.place, saved.signedOn ? formatDate(saved.signedOn, language) : ""].filter(Boolean).join(", ");
  return (
    <div className="stack">
      <Refusal permit={saved.viewer.edit} subject="annualReportTexts" />
      {saved.version === 0 && <Paragraph>{t("texts.nothingWritten")}</Paragraph>}
      <TextBlocks text={saved.summary} />
      {saved.approval && <Paragraph>{saved.approval}</Paragraph>}
      {signed && <Paragraph>{signed}</Paragraph>}
      {saved.signatoryName && <Paragraph>{[saved.signatoryName, saved.signatoryTitle].filter(Boolean).join(", ")}</Paragraph>}
    </div>
  );
}

interface TextsFormProps {
  id: Key;
  saved: Saved;
  notice: string;
  onNotice: (notice: string) => void;
}

function TextsForm({ id, saved, notice, onNotice }: TextsFormProps) {
  const { t } = useTranslation("documents");
  const { language } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fieldId = useId();
  const save = useMutation(trpc.documents.saveAnnualReportTexts.mutationOptions());
  const queryKey = trpc.documents.annualReportTexts.queryKey(id);
  // The texts are saved whole; after a conflict "apply again" puts this user's changes on the
  // texts saved meanwhile, so what another person changed in the other fields is sent back unchanged.
  const form = useVersionedForm({
    initial: textsValues(saved),
    version: saved.version,
    send: (_changed, version, values) => {
      onNotice("");
      return save.mutateAsync({ ...id, ...textsInput(values), version });
    },
    latest: async () => {
      const latest = await queryClient.fetchQuery(trpc.documents.annualReportTexts.queryOptions(id, { staleTime: 0 }));
      return { values: textsValues(latest), version: latest.version };
    },
    onSaved: (result) => {
      onNotice(t("texts.saved"));
      if (result) queryClient.setQueryData(queryKey, (old) => (old ? { ...old, ...result } : old));
    },
  });
  const labels = Object.fromEntries(TEXT_FIELDS.map((name) => [name, t(`texts.${name}`)]));
  const messages = useFieldMessages({ labels }, form.errors);
  const field = (name: keyof TextsValues) => ({
    id: `${fieldId}-${name}`, name, label: labels[name] ?? name, value: form.values[name], onChange: form.set(name), error: messages[name],
    ...(name in TEXT_LIMITS ? { maxLength: TEXT_LIMITS[name as keyof typeof TEXT_LIMITS] } : {}),
  });

  return (
    <form className="stack" noValidate onSubmit={(event) => void form.submit(event)}>
      <Paragraph>{t("texts.intro")}</Paragraph>
      {form.conflict && (
        <ConflictAlert takeFocus message={t("texts.conflict")} reloadLabel={t("texts.reload")} reapplyLabel={t("texts.reapply")}
          onReload={() => void form.reload()} onReapply={() => void form.reapply()} />
      )}
      <ErrorSummary idPrefix={fieldId} order={TEXT_FIELDS} messages={messages} problem={form.problem} attempt={form.attempt} />
      <FormField {...field("summary")} kind="textarea" rows={8} description={t("texts.summaryHint")} />
      <FormField {...field("approval")} description={t("texts.approvalHint")} />
      <div className="texts-signature">
        {(["signatoryName", "signatoryTitle", "place"] as const).map((name) => <FormField key={name} {...field(name)} />)}
        <FormField {...field("signedOn")} kind="date" />
      </div>
      <div>
        <Button type="submit" loading={form.pending}>
          {t("texts.save")}
        </Button>
      </div>
      <Paragraph role="status" data-size="sm">
        {notice || (saved.updatedAt ? t("texts.lastSaved", { date: formatDateTime(saved.updatedAt, language) }) : "")}
      </Paragraph>
    </form>
  );
}
