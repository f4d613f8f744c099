import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { CreateMeasurePartInputSchema } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending, CreateForm, FormField, useCreateForm, useFieldMessages } from "../../shared/forms";
import { Refusal } from "../../shared/errors/refusal";
import type { MeasureDetail } from "../measures/types";
import { useMembers } from "./use-members";

const ID = "new-part";
const ORDER = ["municipalityId", "description", "contactName"] as const;
const EMPTY = { municipalityId: "", description: "", contactName: "" };

type Measure = Pick<MeasureDetail, "id" | "programme" | "parts" | "viewer">;

/**
 * "Add part for a member municipality" under a shared measure's parts matrix. Who takes part is
 * the council's decision, so only its secretariat may (`measures.addPart`, edit_programme): the
 * server says so in `viewer.addPart`, with the reason when not (a superseded version, say).
 */
export function AddPart({ measure, councilId }: { measure: Measure; councilId: string }) {
  const { t } = useTranslation("programme-editing");
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const permit = measure.viewer.addPart;
  const { members, isPending } = useMembers(councilId, permit.allowed);
  // A refusal for who may (a contributor, say) is already said by the parts they cannot edit.
  if (!permit.allowed) return permit.reason === "programme_superseded" ? <Refusal permit={permit} subject="part" /> : null;
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
  const labels = { municipalityId: t("part.municipality"), description: t("part.description"), contactName: t("part.contactName") };
  const messages = useFieldMessages({ labels }, errors);
  const field = (name: (typeof ORDER)[number]) => ({ id: `${ID}-${name}`, label: labels[name], value: values[name], onChange: set(name), error: messages[name] });
  const input = { measureId: measure.id, municipalityId: values.municipalityId, description: values.description, contactName: values.contactName.trim() };

  const submit = () =>
    void form.submit(checkBeforeSending(CreateMeasurePartInputSchema, input, values, ["municipalityId"]), async (v) => {
      await add.mutateAsync(input);
      await queryClient.invalidateQueries({ queryKey: trpc.measures.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
      onAdded(free.find((member) => member.id === v.municipalityId)?.name ?? "");
    });

  return (
    <CreateForm heading={t("part.heading")} idPrefix={ID} order={ORDER} messages={messages} failure={form.failure} attempt={form.attempt}
      pending={form.pending} submitLabel={t("part.submit")} onSubmit={submit} onCancel={onCancel}>
      <FormField {...field("municipalityId")} kind="select">
        <option value="">{t("part.choose")}</option>
        {free.map((member) => (
          <option key={member.id} value={member.id}>{member.name}</option>
        ))}
      </FormField>
      <FormField {...field("description")} kind="textarea" />
      <FormField {...field("contactName")} />
    </CreateForm>
  );
}
