import { Button } from "@digdir/designsystemet-react";
import { AGREEMENT_STATUSES, UpdatePartnershipAgreementInputSchema, type AgreementStatus } from "@samspill/domain";
import { useMutation } from "@tanstack/react-query";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { checkBeforeSending, onlyChanged } from "../../shared/forms";
import { useFocusReturn } from "../../shared/ui/focus";
import { Notice, useEditTask } from "./editing";
import { RowForm } from "./row-form";
import type { AgreementDetail } from "./types";
import { useAgreementData } from "./use-agreement-data";

type Values = { title: string; periodStart: string; periodEnd: string; status: string; caseNumber: string; description: string };

function valuesOf(agreement: AgreementDetail): Values {
  return {
    title: agreement.title, periodStart: agreement.periodStart, periodEnd: agreement.periodEnd, status: agreement.status,
    caseNumber: agreement.caseNumber ?? "", description: agreement.description,
  };
}

/** The agreement's own fields (`agreements.update`) at the version read; only the fields changed are sent. */
export function DetailsEditor({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation(["agreement-editing", "agreements"]);
  const data = useAgreementData(agreement.id);
  const update = useMutation(data.trpc.agreements.update.mutationOptions());
  const { task, notice, begin, done } = useEditTask();
  const button = useRef<HTMLButtonElement>(null);
  const opener = useFocusReturn(task !== null, button);
  const initial = valuesOf(agreement);

  const inputOf = (values: Values) => ({
    title: values.title.trim(), periodStart: values.periodStart, periodEnd: values.periodEnd, status: values.status as AgreementStatus,
    caseNumber: values.caseNumber.trim() || null, description: values.description,
  });
  // Checked whole, as the server checks the merged row; only what changed is sent.
  const check = (values: Values) =>
    checkBeforeSending(UpdatePartnershipAgreementInputSchema, { id: agreement.id, version: agreement.version, ...inputOf(values) },
      values, ["title", "periodStart", "periodEnd"]);

  if (task === null) {
    return (
      <div className="stack">
        <Notice text={notice} />
        <div>
          <Button ref={button} type="button" variant="secondary" onClick={(event) => { opener.current = event.currentTarget; begin({ kind: "edit", id: agreement.id }); }}>
            {t("details.open")}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <RowForm<keyof Values>
      heading={t("details.heading")} idPrefix="agreement-details" initial={initial} version={agreement.version}
      fields={[
        { name: "title", label: t("fields.title"), required: true },
        { name: "periodStart", label: t("fields.periodStart"), kind: "date", required: true },
        { name: "periodEnd", label: t("fields.periodEnd"), kind: "date", required: true },
        { name: "status", label: t("fields.status"), kind: "select",
          options: AGREEMENT_STATUSES.map((status) => ({ value: status, label: t(`agreements:status.${status}`) })) },
        { name: "caseNumber", label: t("fields.caseNumber") },
        { name: "description", label: t("fields.description"), kind: "textarea" },
      ]}
      check={check}
      send={async (values, version, changed) => {
        await update.mutateAsync({ id: agreement.id, version, ...onlyChanged(inputOf(values), changed) });
        await data.refresh();
      }}
      latestVersion={data.latestVersionOf((fresh) => fresh)}
      onReload={() => void data.refresh().then(() => begin(null))}
      submitLabel={t("form.save")}
      onDone={() => done(t("details.saved"))}
      onCancel={() => begin(null)}
    />
  );
}
