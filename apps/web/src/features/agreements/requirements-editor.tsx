import { CreateReportingRequirementInputSchema, UpdateReportingRequirementInputSchema } from "@samspill/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { checkBeforeSending, onlyChanged } from "../../shared/forms";
import { AddButton } from "./add-button";
import { Notice, RemoveConfirm, RowActions, useEditTask } from "./editing";
import { RequirementsTable } from "./requirements-table";
import { RowForm } from "./row-form";
import type { AgreementDetail } from "./types";
import { useAgreementData } from "./use-agreement-data";

type Requirement = AgreementDetail["reportingRequirements"][number];
type Values = { title: string; dueDate: string; fulfilledOn: string; description: string };

const inputOf = (values: Values) => ({
  title: values.title.trim(), dueDate: values.dueDate, fulfilledOn: values.fulfilledOn || null, description: values.description,
});

/** What must be reported and when, and for the county official: add a requirement, mark it fulfilled, remove it. */
export function RequirementsPart({ agreement, editable }: { agreement: AgreementDetail; editable: boolean }) {
  const { t } = useTranslation("agreement-editing");
  const edit = useEditTask();
  const actions = (requirement: Requirement) => (
    <RowActions name={requirement.title} onEdit={() => edit.begin({ kind: "edit", id: requirement.id })}
      onRemove={() => edit.begin({ kind: "remove", id: requirement.id })} />
  );
  return (
    <RequirementsTable requirements={agreement.reportingRequirements} actions={editable ? actions : undefined}
      editor={editable && (
        <div className="stack">
          <Notice text={edit.notice} />
          <AddButton label={t("requirements.add")} open={edit.task !== null} onOpen={() => edit.begin({ kind: "add" })} />
          {edit.task && <RequirementTask agreement={agreement} edit={edit} />}
        </div>
      )} />
  );
}

function RequirementTask({ agreement, edit }: { agreement: AgreementDetail; edit: ReturnType<typeof useEditTask> }) {
  const { t } = useTranslation("agreement-editing");
  const data = useAgreementData(agreement.id);
  const add = useMutation(data.trpc.agreements.addReportingRequirement.mutationOptions());
  const update = useMutation(data.trpc.agreements.updateReportingRequirement.mutationOptions());
  const remove = useMutation(data.trpc.agreements.removeReportingRequirement.mutationOptions());
  const task = edit.task;
  const requirement = task && task.kind !== "add" ? agreement.reportingRequirements.find((row) => row.id === task.id) : undefined;
  const latestVersion = data.latestVersionOf((fresh) => fresh.reportingRequirements.find((row) => row.id === requirement?.id));
  const reload = () => void data.refresh().then(() => edit.begin(null));
  const fields = [
    { name: "title" as const, label: t("fields.requirement"), required: true },
    { name: "dueDate" as const, label: t("fields.dueDate"), kind: "date" as const, required: true },
    { name: "fulfilledOn" as const, label: t("fields.fulfilledOn"), kind: "date" as const },
    { name: "description" as const, label: t("fields.description"), kind: "textarea" as const },
  ];

  if (task?.kind === "add") {
    return (
      <RowForm<keyof Values>
        heading={t("requirements.addHeading")} idPrefix="add-requirement" version={0} fields={fields}
        initial={{ title: "", dueDate: "", fulfilledOn: "", description: "" }}
        check={(values) => checkBeforeSending(CreateReportingRequirementInputSchema, { agreementId: agreement.id, ...inputOf(values) }, values, ["title", "dueDate"])}
        send={async (values) => {
          await add.mutateAsync({ agreementId: agreement.id, ...inputOf(values) });
          await data.refresh();
        }}
        submitLabel={t("requirements.addSubmit")} onDone={() => edit.done(t("requirements.added"))} onCancel={() => edit.begin(null)} />
    );
  }
  if (!requirement) return null;
  if (task?.kind === "remove") {
    return (
      <RemoveConfirm question={t("requirements.confirmRemove", { title: requirement.title })} version={requirement.version} latestVersion={latestVersion}
        send={async (version) => {
          await remove.mutateAsync({ id: requirement.id, version });
          await data.refresh();
        }}
        onReload={reload} onDone={() => edit.done(t("requirements.removed", { title: requirement.title }))} onCancel={() => edit.begin(null)} />
    );
  }
  return (
    <RowForm<keyof Values>
      heading={t("requirements.editHeading", { title: requirement.title })} idPrefix={`requirement-${requirement.id}`} version={requirement.version}
      fields={fields}
      initial={{ title: requirement.title, dueDate: requirement.dueDate, fulfilledOn: requirement.fulfilledOn ?? "", description: requirement.description }}
      check={(values) => checkBeforeSending(UpdateReportingRequirementInputSchema, { id: requirement.id, version: requirement.version, ...inputOf(values) }, values, ["title", "dueDate"])}
      send={async (values, version, changed) => {
        await update.mutateAsync({ id: requirement.id, version, ...onlyChanged(inputOf(values), changed) });
        await data.refresh();
      }}
      latestVersion={latestVersion} onReload={reload}
      submitLabel={t("form.save")} onDone={() => edit.done(t("requirements.saved", { title: requirement.title }))} onCancel={() => edit.begin(null)} />
  );
}
