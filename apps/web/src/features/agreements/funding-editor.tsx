import { FUNDING_SOURCES, type Currency, type FundingSource } from "@samspill/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorCodeOf } from "../../shared/errors/error-code";
import { useFundingSourceName } from "../../shared/figures/use-funding-source-name";
import { amountInputText, parseAmountInput } from "../../shared/figures/amount-input";
import { useLanguage } from "../../shared/language/use-language";
import { AddButton } from "./add-button";
import { Notice, RemoveConfirm, RowActions, useEditTask } from "./editing";
import { FundingTable } from "./funding-table";
import { checkFunding, type FundingValues } from "./funding-values";
import { RowForm } from "./row-form";
import type { AgreementDetail } from "./types";
import { useAgreementData } from "./use-agreement-data";

type Commitment = AgreementDetail["fundingCommitments"][number];

/** Funding per year and source, and for the county official: commit an amount, change it, remove it. */
export function FundingPart({ agreement, editable }: { agreement: AgreementDetail; editable: boolean }) {
  const { t } = useTranslation(["agreement-editing", "agreements"]);
  const edit = useEditTask();
  const fundingSourceName = useFundingSourceName();
  const nameOf = (commitment: Commitment) =>
    `${commitment.year} ${fundingSourceName(commitment.source, { currency: commitment.amount.currency })}${commitment.sourceName ? ` – ${commitment.sourceName}` : ""}`;
  const actions = (commitment: Commitment) => (
    <RowActions name={nameOf(commitment)} onEdit={() => edit.begin({ kind: "edit", id: commitment.id })}
      onRemove={() => edit.begin({ kind: "remove", id: commitment.id })} />
  );
  const commitment = edit.task && edit.task.kind !== "add" ? agreement.fundingCommitments.find((row) => row.id === (edit.task as { id: string }).id) : undefined;
  return (
    <FundingTable commitments={agreement.fundingCommitments} funds={agreement.funds} actions={editable ? actions : undefined}
      editor={editable && (
        <div className="stack">
          <Notice text={edit.notice} />
          <AddButton label={t("funding.add")} open={edit.task !== null} onOpen={() => edit.begin({ kind: "add" })} />
          {edit.task && <FundingTask agreement={agreement} commitment={commitment} name={commitment ? nameOf(commitment) : ""} edit={edit} />}
        </div>
      )} />
  );
}

interface FundingTaskProps {
  agreement: AgreementDetail;
  commitment: Commitment | undefined;
  name: string;
  edit: ReturnType<typeof useEditTask>;
}

function FundingTask({ agreement, commitment, name, edit }: FundingTaskProps) {
  const { t } = useTranslation(["agreement-editing", "agreements"]);
  const fundingSourceName = useFundingSourceName();
  const { language } = useLanguage();
  const check = (values: FundingValues) => checkFunding(values, language);
  const data = useAgreementData(agreement.id);
  const set = useMutation(data.trpc.agreements.setFundingCommitment.mutationOptions());
  const remove = useMutation(data.trpc.agreements.removeFundingCommitment.mutationOptions());
  const currency = agreement.currency as Currency;
  const latestVersion = data.latestVersionOf((fresh) => fresh.fundingCommitments.find((row) => row.id === commitment?.id));
  const reload = () => void data.refresh().then(() => edit.begin(null));
  const amountField = { name: "amount" as const, label: t("fields.amount", { currency }), required: true };
  const send = async (values: FundingValues, version?: number) => {
    await set.mutateAsync({
      agreementId: agreement.id, year: Number(values.year.trim()), source: values.source as FundingSource, sourceName: values.sourceName.trim(),
      amount: { amountMinor: amountMinorOf(parseAmountInput(values.amount, language)), currency }, ...(version === undefined ? {} : { version }),
    });
    await data.refresh();
  };

  if (edit.task?.kind === "add") {
    return (
      <RowForm<keyof FundingValues>
        heading={t("funding.addHeading")} idPrefix="add-funding" version={0}
        initial={{ year: String(Number(agreement.periodStart.slice(0, 4))), source: "county_partnership_funds", sourceName: "", amount: "" }}
        fields={[
          { name: "year", label: t("fields.year"), required: true },
          { name: "source", label: t("fields.source"), kind: "select",
            options: FUNDING_SOURCES.map((source) => ({ value: source, label: fundingSourceName(source, { currency: agreement.currency }) })) },
          { name: "sourceName", label: t("fields.sourceName") },
          amountField,
        ]}
        check={check}
        send={(values) => send(values).catch((error: unknown) => {
          // A new commitment refused as a conflict: the year and source have one already.
          if (errorCodeOf(error) !== "CONFLICT") throw error;
          throw Object.assign(new Error("exists"), { data: { domainCode: "INVALID_INPUT", reason: "commitment_exists", params: { field: "year" } } });
        })}
        submitLabel={t("funding.addSubmit")} onDone={() => edit.done(t("funding.added"))} onCancel={() => edit.begin(null)} />
    );
  }
  if (!commitment) return null;
  if (edit.task?.kind === "remove") {
    return (
      <RemoveConfirm question={t("funding.confirmRemove", { name })} version={commitment.version} latestVersion={latestVersion}
        send={async (version) => {
          await remove.mutateAsync({ id: commitment.id, version });
          await data.refresh();
        }}
        onReload={reload} onDone={() => edit.done(t("funding.removed", { name }))} onCancel={() => edit.begin(null)} />
    );
  }
  // A commitment is one year and source: only its amount changes; another year or source is another commitment.
  const key = { year: String(commitment.year), source: commitment.source, sourceName: commitment.sourceName };
  return (
    <RowForm<keyof FundingValues>
      heading={t("funding.editHeading", { name })} idPrefix={`funding-${commitment.id}`} version={commitment.version}
      initial={{ ...key, amount: amountInputText(commitment.amount.amountMinor, language) }} fields={[amountField]}
      check={check} send={(values, version) => send({ ...values, ...key }, version)}
      latestVersion={latestVersion} onReload={reload}
      submitLabel={t("form.save")} onDone={() => edit.done(t("funding.saved", { name }))} onCancel={() => edit.begin(null)} />
  );
}

/** The checked amount as minor units (the form refused empty and unreadable ones before sending). */
function amountMinorOf(parsed: number | null | "invalid"): number {
  return typeof parsed === "number" ? parsed : 0;
}
