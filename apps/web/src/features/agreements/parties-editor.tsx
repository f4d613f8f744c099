import { AgreementPartyInputSchema, UpdateAgreementPartyInputSchema } from "@samspill/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { checkBeforeSending, onlyChanged } from "../../shared/forms";
import { AddButton } from "./add-button";
import { Notice, RemoveConfirm, RowActions, useEditTask } from "./editing";
import { PartiesTable } from "./parties-table";
import { RowForm } from "./row-form";
import type { AgreementDetail } from "./types";
import { useAgreementData } from "./use-agreement-data";

type Party = AgreementDetail["parties"][number];
type Values = { organisationId: string; signatoryName: string; signatoryTitle: string; signedOn: string };

const signatory = (values: Values) => ({
  signatoryName: values.signatoryName.trim() || null,
  signatoryTitle: values.signatoryTitle.trim() || null,
  signedOn: values.signedOn || null,
});

/** The parties, and for the county official: add a party, change who signed and when, remove one. */
export function PartiesPart({ agreement, editable }: { agreement: AgreementDetail; editable: boolean }) {
  const { t } = useTranslation("agreement-editing");
  const edit = useEditTask();
  const actions = (party: Party) => (
    <RowActions name={party.name} onEdit={() => edit.begin({ kind: "edit", id: party.id })}
      onRemove={party.kind === "county" ? undefined : () => edit.begin({ kind: "remove", id: party.id })} />
  );
  return (
    <PartiesTable parties={agreement.parties} actions={editable ? actions : undefined}
      editor={editable && (
        <div className="stack">
          <Notice text={edit.notice} />
          <AddButton label={t("parties.add")} open={edit.task !== null} onOpen={() => edit.begin({ kind: "add" })} />
          {edit.task && <PartyTask agreement={agreement} edit={edit} />}
        </div>
      )} />
  );
}

function PartyTask({ agreement, edit }: { agreement: AgreementDetail; edit: ReturnType<typeof useEditTask> }) {
  const { t } = useTranslation(["agreement-editing", "domain"]);
  const data = useAgreementData(agreement.id);
  const options = useQuery({ ...data.trpc.agreements.partyOptions.queryOptions({ countyId: agreement.countyId }), enabled: edit.task?.kind === "add" });
  const add = useMutation(data.trpc.agreements.addParty.mutationOptions());
  const update = useMutation(data.trpc.agreements.updateParty.mutationOptions());
  const remove = useMutation(data.trpc.agreements.removeParty.mutationOptions());
  const task = edit.task;
  const party = task && task.kind !== "add" ? agreement.parties.find((row) => row.id === task.id) : undefined;
  const latestVersion = data.latestVersionOf((fresh) => fresh.parties.find((row) => row.id === party?.id));
  const reload = () => void data.refresh().then(() => edit.begin(null));
  const signatoryFields = [
    { name: "signatoryName" as const, label: t("fields.signatoryName") },
    { name: "signatoryTitle" as const, label: t("fields.signatoryTitle") },
    { name: "signedOn" as const, label: t("fields.signedOn"), kind: "date" as const },
  ];

  if (task?.kind === "add") {
    const taken = new Set(agreement.parties.map((row) => row.organisationId));
    const choices = [...(options.data?.counterparts ?? []), ...(options.data?.partners ?? [])].filter((option) => !taken.has(option.id));
    return (
      <RowForm<keyof Values>
        heading={t("parties.addHeading")} idPrefix="add-party" version={0}
        initial={{ organisationId: "", signatoryName: "", signatoryTitle: "", signedOn: "" }}
        fields={[
          { name: "organisationId", label: t("fields.organisation"), kind: "select", required: true, options: [
            { value: "", label: t("fields.choose") },
            ...choices.map((option) => ({ value: option.id, label: `${option.name} (${t(`domain:organisationKind.${option.kind}`, { context: options.data?.county.country })})` })),
          ] },
          ...signatoryFields,
        ]}
        check={(values) => checkBeforeSending(AgreementPartyInputSchema, { organisationId: values.organisationId, ...signatory(values) }, values, ["organisationId"])}
        send={async (values) => {
          await add.mutateAsync({ agreementId: agreement.id, organisationId: values.organisationId, ...signatory(values) });
          await data.refresh();
        }}
        submitLabel={t("parties.addSubmit")} onDone={() => edit.done(t("parties.added"))} onCancel={() => edit.begin(null)} />
    );
  }
  if (!party) return null;
  if (task?.kind === "remove") {
    return (
      <RemoveConfirm question={t("parties.confirmRemove", { name: party.name })} version={party.version} latestVersion={latestVersion}
        send={async (version) => {
          await remove.mutateAsync({ id: party.id, version });
          await data.refresh();
        }}
        onReload={reload} onDone={() => edit.done(t("parties.removed", { name: party.name }))} onCancel={() => edit.begin(null)} />
    );
  }
  return (
    <RowForm<keyof Values>
      heading={t("parties.editHeading", { name: party.name })} idPrefix={`party-${party.id}`} version={party.version}
      initial={{ organisationId: party.organisationId, signatoryName: party.signatoryName ?? "", signatoryTitle: party.signatoryTitle ?? "", signedOn: party.signedOn ?? "" }}
      fields={signatoryFields}
      check={(values) => checkBeforeSending(UpdateAgreementPartyInputSchema, { id: party.id, version: party.version, ...signatory(values) }, values, [])}
      send={async (values, version, changed) => {
        await update.mutateAsync({ id: party.id, version, ...onlyChanged(signatory(values), changed) });
        await data.refresh();
      }}
      latestVersion={latestVersion} onReload={reload}
      submitLabel={t("form.save")} onDone={() => edit.done(t("parties.saved", { name: party.name }))} onCancel={() => edit.begin(null)} />
  );
}
