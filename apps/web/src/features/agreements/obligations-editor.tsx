import { CreateObligationInputSchema, UpdateObligationInputSchema } from "@samspill/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { checkBeforeSending, onlyChanged } from "../../shared/forms";
import { AddButton } from "./add-button";
import { Notice, RemoveConfirm, RowActions, useEditTask } from "./editing";
import { MeasureLinker, UnlinkButton } from "./measure-links";
import { ObligationsSection } from "./obligations-section";
import { RowForm } from "./row-form";
import type { AgreementDetail, Obligation } from "./types";
import { useAgreementData } from "./use-agreement-data";

type Values = { title: string; partyId: string; description: string };

/** The obligations, and for the county official: add, change and remove them, and link the measures that fulfil them. */
export function ObligationsPart({ agreement, editable }: { agreement: AgreementDetail; editable: boolean }) {
  const { t } = useTranslation("agreement-editing");
  const edit = useEditTask();
  const data = useAgreementData(agreement.id);
  const task = edit.task;
  const controls = {
    actions: (obligation: Obligation) => (
      <>
        <RowActions name={obligation.title} onEdit={() => edit.begin({ kind: "edit", id: obligation.id })}
          onRemove={() => edit.begin({ kind: "remove", id: obligation.id })} />
        {task && task.kind !== "add" && task.id === obligation.id && <ObligationTask agreement={agreement} obligation={obligation} edit={edit} />}
      </>
    ),
    unlink: (obligation: Obligation, measure: Obligation["measures"][number]) => (
      <UnlinkButton obligation={obligation} measure={measure} data={data} onDone={edit.done} />
    ),
    linker: (obligation: Obligation) => <MeasureLinker agreementId={agreement.id} obligation={obligation} data={data} onDone={edit.done} />,
  };
  return (
    <ObligationsSection obligations={agreement.obligations} parties={agreement.parties} controls={editable ? controls : undefined}
      editor={editable && (
        <div className="stack">
          <Notice text={edit.notice} />
          <AddButton label={t("obligations.add")} open={task !== null} onOpen={() => edit.begin({ kind: "add" })} />
          {task?.kind === "add" && <ObligationTask agreement={agreement} edit={edit} />}
        </div>
      )} />
  );
}

interface ObligationTaskProps {
  agreement: AgreementDetail;
  obligation?: Obligation;
  edit: ReturnType<typeof useEditTask>;
}

function ObligationTask({ agreement, obligation, edit }: ObligationTaskProps) {
  const { t } = useTranslation("agreement-editing");
  const data = useAgreementData(agreement.id);
  const add = useMutation(data.trpc.agreements.addObligation.mutationOptions());
  const update = useMutation(data.trpc.agreements.updateObligation.mutationOptions());
  const remove = useMutation(data.trpc.agreements.removeObligation.mutationOptions());
  const latestVersion = data.latestVersionOf((fresh) => fresh.obligations.find((row) => row.id === obligation?.id));
  const reload = () => void data.refresh().then(() => edit.begin(null));
  const fields = [
    { name: "title" as const, label: t("fields.obligation"), required: true },
    { name: "partyId" as const, label: t("fields.party"), kind: "select" as const, required: true, options: [
      { value: "", label: t("fields.choose") },
      ...agreement.parties.map((party) => ({ value: party.organisationId, label: party.name })),
    ] },
    { name: "description" as const, label: t("fields.description"), kind: "textarea" as const },
  ];
  const text = (values: Values) => ({ title: values.title.trim(), partyId: values.partyId, description: values.description });

  if (!obligation) {
    // Most obligations are the council's or the municipality's the agreement is held with.
    const counterpart = agreement.parties.find((party) => party.kind === "regional_council")
      ?? agreement.parties.find((party) => party.kind === "municipality");
    return (
      <RowForm<keyof Values>
        heading={t("obligations.addHeading")} idPrefix="add-obligation" version={0} fields={fields}
        initial={{ title: "", partyId: counterpart?.organisationId ?? "", description: "" }}
        check={(values) => checkBeforeSending(CreateObligationInputSchema, { agreementId: agreement.id, ...text(values) }, values, ["title", "partyId"])}
        send={async (values) => {
          await add.mutateAsync({ agreementId: agreement.id, ...text(values) });
          await data.refresh();
        }}
        submitLabel={t("obligations.addSubmit")} onDone={() => edit.done(t("obligations.added"))} onCancel={() => edit.begin(null)} />
    );
  }
  if (edit.task?.kind === "remove") {
    return (
      <RemoveConfirm question={t("obligations.confirmRemove", { title: obligation.title })} version={obligation.version} latestVersion={latestVersion}
        send={async (version) => {
          await remove.mutateAsync({ id: obligation.id, version });
          await data.refresh();
        }}
        onReload={reload} onDone={() => edit.done(t("obligations.removed", { title: obligation.title }))} onCancel={() => edit.begin(null)} />
    );
  }
  return (
    <RowForm<keyof Values>
      heading={t("obligations.editHeading", { title: obligation.title })} idPrefix={`obligation-${obligation.id}`} version={obligation.version}
      fields={fields} initial={{ title: obligation.title, partyId: obligation.partyId, description: obligation.description }}
      check={(values) => checkBeforeSending(UpdateObligationInputSchema, { id: obligation.id, version: obligation.version, ...text(values) }, values, ["title", "partyId"])}
      send={async (values, version, changed) => {
        await update.mutateAsync({ id: obligation.id, version, ...onlyChanged(text(values), changed) });
        await data.refresh();
      }}
      latestVersion={latestVersion} onReload={reload}
      submitLabel={t("form.save")} onDone={() => edit.done(t("obligations.saved", { title: obligation.title }))} onCancel={() => edit.begin(null)} />
  );
}
