import { Button } from "@digdir/designsystemet-react";
import { AGREEMENT_STATUSES, CreatePartnershipAgreementInputSchema } from "@samspill/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending } from "../../shared/forms";
import { navigate } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";
import { useFocusReturn } from "../../shared/ui/focus";
import { Loading } from "../../shared/ui/loading";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { RowForm } from "./row-form";
import { useRefreshAgreements } from "./use-agreement-data";

const EMPTY = { title: "", counterpartId: "", periodStart: "", periodEnd: "", status: "draft", caseNumber: "", description: "" };
type Values = typeof EMPTY;

/** "New agreement" on the list: shown only when the server says the viewer may record one. */
export function NewAgreement({ countyId }: { countyId: string }) {
  const { t } = useTranslation("agreement-editing");
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const opener = useFocusReturn(open, button);
  if (!open) {
    return (
      <div>
        <Button ref={button} type="button" onClick={(event) => { opener.current = event.currentTarget; setOpen(true); }}>
          {t("create.open")}
        </Button>
      </div>
    );
  }
  return <NewAgreementForm countyId={countyId} onCancel={() => setOpen(false)} />;
}

/** Title, council or municipality, period, status, case number and description (`agreements.create`); opens the new agreement. */
export function NewAgreementForm({ countyId, onCancel }: { countyId: string; onCancel: () => void }) {
  const { t } = useTranslation(["agreement-editing", "agreements", "domain"]);
  const trpc = useTRPC();
  const refresh = useRefreshAgreements();
  const options = useQuery(trpc.agreements.partyOptions.queryOptions({ countyId }));
  const create = useMutation(trpc.agreements.create.mutationOptions());
  const created = useRef<string | null>(null);
  if (options.isPending) return <Loading />;
  if (options.isError) return <ErrorAlert error={options.error} />;

  const inputOf = (values: Values) => ({
    countyId, title: values.title.trim(), description: values.description, status: values.status as (typeof AGREEMENT_STATUSES)[number],
    periodStart: values.periodStart, periodEnd: values.periodEnd, caseNumber: values.caseNumber.trim() || null,
    parties: values.counterpartId ? [{ organisationId: values.counterpartId }] : [],
  });
  const check = (values: Values) => {
    const { parties: _blankParty, ...problems } = checkBeforeSending(CreatePartnershipAgreementInputSchema, inputOf(values), values,
      ["title", "counterpartId", "periodStart", "periodEnd"]);
    return problems;
  };
  const counterparts = options.data.counterparts.map((option) => ({
    value: option.id, label: `${option.name} (${t(`domain:organisationKind.${option.kind}`, { context: options.data.county.country })})`,
  }));
  return (
    <RowForm<keyof Values>
      heading={t("create.heading")} headingLevel={2} idPrefix="new-agreement" initial={EMPTY} version={0}
      fields={[
        { name: "title", label: t("fields.title"), required: true },
        { name: "counterpartId", label: t("fields.counterpart"), kind: "select", required: true,
          options: [{ value: "", label: t("fields.choose") }, ...counterparts] },
        { name: "periodStart", label: t("fields.periodStart"), kind: "date", required: true },
        { name: "periodEnd", label: t("fields.periodEnd"), kind: "date", required: true },
        { name: "status", label: t("fields.status"), kind: "select",
          options: AGREEMENT_STATUSES.map((status) => ({ value: status, label: t(`agreements:status.${status}`) })) },
        { name: "caseNumber", label: t("fields.caseNumber") },
        { name: "description", label: t("fields.description"), kind: "textarea" },
      ]}
      check={check}
      send={async (values) => {
        created.current = (await create.mutateAsync(inputOf(values))).id;
      }}
      submitLabel={t("create.submit")}
      onDone={() => {
        void refresh();
        if (created.current) navigate(hrefFor({ name: "agreement", id: created.current }));
      }}
      onCancel={onCancel}
    />
  );
}
