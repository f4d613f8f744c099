import { Alert, Button, Field, Heading, Input, Label, Paragraph, Textarea, ValidationMessage } from "@digdir/designsystemet-react";
import { formatDate, formatDateTime } from "@samspill/i18n";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ConflictAlert } from "../../shared/errors/conflict-alert";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { useFieldMessages } from "../../shared/forms";
import { Refusal, type Permit } from "../../shared/errors/refusal";
import { useLanguage } from "../../shared/language/use-language";
import { Loading } from "../../shared/ui/loading";
import { TextBlocks } from "../../shared/ui/text-blocks";
import { TEXT_LIMITS, textsInput, textsProblem, textsValues, type TextsProblem, type TextsValues } from "./texts-fields";
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
  // Kept here: a save moves the version, which gives the form a fresh start with what was saved.
  const [notice, setNotice] = useState("");
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={3} data-size="xs" id={headingId}>
        {t("texts.heading")}
      </Heading>
      {texts.isPending && <Loading />}
      {texts.isError && <ErrorAlert error={texts.error} headingLevel={3} />}
      {texts.isSuccess && (texts.data.viewer.edit.allowed
        ? <TextsForm key={`${key.periodId}:${texts.data.version}`} id={key} saved={texts.data} notice={notice} onNotice={setNotice} />
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
  const { t } = useTranslation(["documents", "common"]);
  const { language } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fieldId = useId();
  const [values, setValues] = useState<TextsValues>(() => textsValues(saved));
  const [problem, setProblem] = useState<TextsProblem | null>(null);
  const save = useMutation(trpc.documents.saveAnnualReportTexts.mutationOptions());
  const labels = Object.fromEntries(
    (["summary", "approval", "signatoryName", "signatoryTitle", "place", "signedOn"] as const).map((name) => [name, t(`texts.${name}`)]),
  );
  const messages = useFieldMessages({ labels }, problem?.fields ?? {});
  const queryKey = trpc.documents.annualReportTexts.queryKey(id);

  const send = async (version: number) => {
    setProblem(null);
    onNotice("");
    const result = await save.mutateAsync({ ...id, ...textsInput(values), version }).catch((error: unknown) => {
      setProblem(textsProblem(error));
      return undefined;
    });
    if (!result) return;
    onNotice(t("texts.saved"));
    queryClient.setQueryData(queryKey, (old) => (old ? { ...old, ...result } : old));
  };

  const field = (name: keyof TextsValues) => {
    const error = problem?.fields[name];
    const describedBy = [name === "summary" || name === "approval" ? `${fieldId}-${name}-hint` : "", error ? `${fieldId}-${name}-error` : ""]
      .filter(Boolean).join(" ") || undefined;
    return {
      id: `${fieldId}-${name}`,
      name,
      value: values[name],
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy,
      onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })),
      ...(name in TEXT_LIMITS ? { maxLength: TEXT_LIMITS[name as keyof typeof TEXT_LIMITS] } : {}),
    };
  };
  const message = (name: keyof TextsValues) => {
    const text = messages[name];
    return text ? <ValidationMessage id={`${fieldId}-${name}-error`}>{text}</ValidationMessage> : null;
  };

  return (
    <form className="stack" noValidate onSubmit={(event: FormEvent) => { event.preventDefault(); void send(saved.version); }}>
      <Paragraph>{t("texts.intro")}</Paragraph>
      {problem?.conflict && (
        <ConflictAlert
          takeFocus
          message={t("texts.conflict")}
          reloadLabel={t("texts.reload")}
          reapplyLabel={t("texts.reapply")}
          onReload={() => void queryClient.invalidateQueries({ queryKey })}
          onReapply={() => void send(problem.currentVersion ?? saved.version)}
        />
      )}
      {problem && !problem.conflict && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{Object.keys(messages).length > 0 ? t("texts.errorSummary") : t(`common:errors.${problem.code}`)}</Paragraph>
          {Object.keys(messages).length > 0 && (
            <ul>
              {Object.entries(messages).map(([name, text]) => (
                <li key={name}>
                  <a href={`#${fieldId}-${name}`}>{text}</a>
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <Field>
        <Label htmlFor={`${fieldId}-summary`}>{t("texts.summary")}</Label>
        <Field.Description id={`${fieldId}-summary-hint`}>{t("texts.summaryHint")}</Field.Description>
        <Textarea rows={8} {...field("summary")} />
        {message("summary")}
      </Field>
      <Field>
        <Label htmlFor={`${fieldId}-approval`}>{t("texts.approval")}</Label>
        <Field.Description id={`${fieldId}-approval-hint`}>{t("texts.approvalHint")}</Field.Description>
        <Input {...field("approval")} />
        {message("approval")}
      </Field>
      <div className="texts-signature">
        {(["signatoryName", "signatoryTitle", "place"] as const).map((name) => (
          <Field key={name}>
            <Label htmlFor={`${fieldId}-${name}`}>{t(`texts.${name}`)}</Label>
            <Input {...field(name)} />
            {message(name)}
          </Field>
        ))}
        <Field>
          <Label htmlFor={`${fieldId}-signedOn`}>{t("texts.signedOn")}</Label>
          <Input type="date" {...field("signedOn")} />
          {message("signedOn")}
        </Field>
      </div>
      <div>
        <Button type="submit" loading={save.isPending}>
          {t("texts.save")}
        </Button>
      </div>
      <Paragraph role="status" data-size="sm">
        {notice || (saved.updatedAt ? t("texts.lastSaved", { date: formatDateTime(saved.updatedAt, language) }) : "")}
      </Paragraph>
    </form>
  );
}
