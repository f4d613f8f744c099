import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { useCurrentUser } from "../auth/use-auth";
import { FormField } from "../measures/form-field";
import type { MeasureDetail } from "../measures/types";
import { canRevise } from "../revision/can-revise";
import { CreateForm } from "./create-form";
import { fieldMessage } from "./field-message";
import { useCreateForm } from "./use-create-form";
import { useMembers } from "./use-members";

const ID = "new-part";
const ORDER = ["municipalityId", "description", "contactName"] as const;
const EMPTY = { municipalityId: "", description: "", contactName: "" };

type Measure = Pick<MeasureDetail, "id" | "programme" | "parts">;

/**
 * "Add part for a member municipality" under a shared measure's parts matrix. Who takes part is
 * the council's decision, so only its secretariat sees it (`measures.addPart`, edit_programme).
 */
export function AddPart({ measure }: { measure: Measure }) {
  const { t } = useTranslation("programme-editing");
  const trpc = useTRPC();
  const user = useCurrentUser();
  const programme = useQuery({ ...trpc.programmes.get.queryOptions({ id: measure.programme.id }), enabled: Boolean(user.data) });
  const councilId = programme.data?.owner.id ?? "";
  const allowed = canRevise(user.data, councilId) && programme.data?.status !== "superseded";
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const { members, isPending } = useMembers(councilId, allowed);
  if (!allowed) return null;
  // One part per municipality: those that have one are not offered again.
  const taken = new Set(measure.parts.map((part) => part.municipalityId));
  const free = members.filter((member) => !taken.has(member.id));
  return (
    <div className="stack">
      <div role="status">
        {added && (
          <Alert data-color="success">
            <Paragraph>{t("part.added", { name: added })}</Paragraph>
          </Alert>
        )}
      </div>
      {!isPending && free.length === 0 ? (
        <Paragraph data-size="sm">{t("part.allHaveParts")}</Paragraph>
      ) : open ? (
        <PartForm measure={measure} free={free} onCancel={() => setOpen(false)}
          onAdded={(name) => { setOpen(false); setAdded(name); }} />
      ) : (
        <div>
          <Button type="button" variant="secondary" data-size="sm" onClick={() => { setAdded(null); setOpen(true); }}>
            {t("part.open")}
          </Button>
        </div>
      )}
    </div>
  );
}

interface PartFormProps {
  measure: Measure;
  /** The member municipalities without a part yet. */
  free: ReadonlyArray<{ id: string; name: string }>;
  onAdded: (municipalityName: string) => void;
  onCancel: () => void;
}

function PartForm({ measure, free, onAdded, onCancel }: PartFormProps) {
  const { t } = useTranslation("programme-editing");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const add = useMutation(trpc.measures.addPart.mutationOptions());
  const form = useCreateForm(EMPTY);
  const { values, set, errors } = form;
  const field = (name: (typeof ORDER)[number]) => ({ id: `${ID}-${name}`, value: values[name], onChange: set(name), error: fieldMessage(t, errors[name]) });

  const submit = () =>
    void form.submit(["municipalityId"], async (v) => {
      await add.mutateAsync({ measureId: measure.id, municipalityId: v.municipalityId, description: v.description, contactName: v.contactName.trim() });
      await queryClient.invalidateQueries({ queryKey: trpc.measures.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
      onAdded(free.find((member) => member.id === v.municipalityId)?.name ?? "");
    });

  return (
    <CreateForm heading={t("part.heading")} idPrefix={ID} order={ORDER} errors={errors} failure={form.failure} attempt={form.attempt}
      pending={form.pending} submitLabel={t("part.submit")} onSubmit={submit} onCancel={onCancel}>
      <FormField {...field("municipalityId")} kind="select" label={t("part.municipality")}>
        <option value="">{t("part.choose")}</option>
        {free.map((member) => (
          <option key={member.id} value={member.id}>{member.name}</option>
        ))}
      </FormField>
      <FormField {...field("description")} kind="textarea" label={t("part.description")} />
      <FormField {...field("contactName")} label={t("part.contactName")} />
    </CreateForm>
  );
}
