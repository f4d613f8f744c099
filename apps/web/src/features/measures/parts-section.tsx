import { Heading } from "@digdir/designsystemet-react";
import { UpdateMeasurePartInputSchema } from "@samspill/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { schemaProblems, useVersionedForm } from "../../shared/forms";
import { useFocusReturn } from "../../shared/ui/focus";
import { Refusal } from "../../shared/errors/refusal";
import { PartEditForm, type PartValues } from "./part-edit-form";
import { PartsForMembers } from "./parts-for-members";
import { PartsMatrix } from "./parts-matrix";
import type { MeasureDetail, MeasurePart } from "./types";

const valuesOf = (part: MeasurePart): PartValues => ({ status: part.status, progress: String(part.progress), description: part.description });

/** The changed fields as the server takes them: progress as a number (NaN when blank, refused at its field). */
function patchOf(changed: Partial<PartValues>) {
  const { progress, ...rest } = changed;
  return { ...rest, ...(progress === undefined ? {} : { progress: progress.trim() === "" ? Number.NaN : Number(progress) }) };
}

interface PartsSectionProps {
  measure: MeasureDetail;
  /** The programme's owner, whose members may be given a part. */
  councilId: string;
}

/** A shared measure's parts; each row may be edited when the server's `viewer.edit` on it allows. */
export function PartsSection({ measure, councilId }: PartsSectionProps) {
  const { t } = useTranslation("measures");
  const headingId = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<{ part: MeasurePart; key: number } | null>(null);
  const opener = useFocusReturn(editing !== null);

  const done = () => {
    setEditing(null);
    void queryClient.invalidateQueries({ queryKey: trpc.measures.get.queryKey({ id: measure.id }) });
  };

  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("parts.heading")}
      </Heading>
      <PartsMatrix
        parts={measure.parts}
        rollUp={measure.rollUp}
        captionId={headingId}
        country={measure.owner?.country ?? "NO"}

        onEdit={(part, trigger) => {
          opener.current = trigger;
          setEditing({ part, key: Date.now() });
        }}
      />
      <MemberParts measure={measure} councilId={councilId} />
      {editing && <OpenPartEditor key={editing.key} measure={measure} part={editing.part} onDone={done} onCancel={() => setEditing(null)} />}
    </section>
  );
}

interface OpenPartEditorProps {
  measure: MeasureDetail;
  part: MeasurePart;
  onDone: () => void;
  onCancel: () => void;
}

/** The part's form while it is open, sending only what the user changed at the version read. */
function OpenPartEditor({ measure, part, onDone, onCancel }: OpenPartEditorProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const updatePart = useMutation(trpc.measures.updatePart.mutationOptions());
  const form = useVersionedForm({
    initial: valuesOf(part),
    version: part.version,
    required: ["progress"],
    check: (values) => schemaProblems(UpdateMeasurePartInputSchema, { id: part.id, version: part.version, ...patchOf(values) }),
    send: (changed, version) => updatePart.mutateAsync({ id: part.id, version, ...patchOf(changed) }),
    latest: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.measures.get.queryKey({ id: measure.id }) });
      const fresh = (await queryClient.fetchQuery(trpc.measures.get.queryOptions({ id: measure.id }))).parts.find((candidate) => candidate.id === part.id);
      return fresh ? { values: valuesOf(fresh), version: fresh.version } : null;
    },
    onSaved: onDone,
    onGone: onCancel,
  });
  return <PartEditForm municipalityName={part.municipalityName ?? ""} form={form} onCancel={onCancel} />;
}

/**
 * "Add parts for members" under the parts matrix. Who takes part is the council's decision, so
 * the server allows its secretariat (`viewer.addPart`), with the reason when not.
 */
function MemberParts({ measure, councilId }: PartsSectionProps) {
  const { t } = useTranslation("measures");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const permit = measure.viewer.addPart;
  const memberships = useQuery({ ...trpc.organisations.listMemberships.queryOptions({ councilId, limit: 200 }), enabled: permit.allowed && Boolean(councilId) });
  // A refusal for who may (a contributor, say) is already said by the parts they cannot edit.
  if (!permit.allowed) return permit.reason === "programme_superseded" ? <Refusal permit={permit} subject="part" /> : null;
  // Offered once the members are known, so the form opens with those without a part ticked.
  if (!memberships.data) return null;
  const members = memberships.data.items.map((item) => item.municipality).sort((a, b) => a.name.localeCompare(b.name, "nb"));
  const target = (current: MeasureDetail) => ({
    id: current.id, version: current.version, label: current.title, partMunicipalityIds: current.parts.map((part) => part.municipalityId),
  });
  return (
    <PartsForMembers
      measures={[target(measure)]}
      members={members}
      openLabel={t("partsBulk.open")}
      latest={async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.measures.get.queryKey({ id: measure.id }) });
        return [target(await queryClient.fetchQuery(trpc.measures.get.queryOptions({ id: measure.id })))];
      }}
      onAdded={() => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.measures.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() })])}
    />
  );
}
