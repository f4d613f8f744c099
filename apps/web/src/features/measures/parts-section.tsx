import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { UpdateMeasurePartInputSchema } from "@samspill/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending } from "../../shared/forms";
import { useFocusReturn } from "../../shared/ui/focus";
import { Refusal } from "../../shared/errors/refusal";
import { PartEditForm, type PartValues } from "./part-edit-form";
import { PartsForMembers } from "./parts-for-members";
import { PartsMatrix } from "./parts-matrix";
import type { MeasureDetail, MeasurePart } from "./types";
import { useVersionedSave } from "./use-versioned-save";

const valuesOf = (part: MeasurePart): PartValues => ({ status: part.status, progress: String(part.progress), description: part.description });

/** Only the fields the user changed, so a re-apply keeps the other person's changes. */
function patchOf(before: PartValues, after: PartValues) {
  return {
    ...(after.status === before.status ? {} : { status: after.status }),
    ...(after.progress === before.progress ? {} : { progress: after.progress.trim() === "" ? Number.NaN : Number(after.progress) }),
    ...(after.description === before.description ? {} : { description: after.description }),
  };
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
  const updatePart = useMutation(trpc.measures.updatePart.mutationOptions());
  const key = trpc.measures.get.queryKey({ id: measure.id });
  const { pending, problem, save, reset } = useVersionedSave<PartValues>((values, version) => {
    if (!editing) return Promise.resolve();
    return updatePart.mutateAsync({ id: editing.part.id, version, ...patchOf(valuesOf(editing.part), values) });
  });

  async function latestPart(id: string): Promise<MeasurePart | undefined> {
    await queryClient.invalidateQueries({ queryKey: key });
    const fresh = await queryClient.fetchQuery(trpc.measures.get.queryOptions({ id: measure.id }));
    return fresh.parts.find((part) => part.id === id);
  }

  async function done(ok: boolean) {
    if (!ok) return;
    setEditing(null);
    await queryClient.invalidateQueries({ queryKey: key });
  }

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
          reset();
          setEditing({ part, key: Date.now() });
        }}
      />
      <MemberParts measure={measure} councilId={councilId} />
      {editing && (
        <PartEditForm
          key={editing.key}
          municipalityName={editing.part.municipalityName ?? ""}
          initial={valuesOf(editing.part)}
          pending={pending}
          problem={problem}
          check={(values) => checkBeforeSending(UpdateMeasurePartInputSchema, { id: editing.part.id, version: editing.part.version, ...patchOf(valuesOf(editing.part), values) }, values, ["progress"])}
          onSave={async (values) => done(await save(values, editing.part.version))}
          onCancel={() => setEditing(null)}
          onReload={async () => {
            const fresh = await latestPart(editing.part.id);
            reset();
            setEditing(fresh ? { part: fresh, key: Date.now() } : null);
          }}
          onReapply={async (values) => {
            const fresh = await latestPart(editing.part.id);
            if (fresh) done(await save(values, fresh.version));
          }}
        />
      )}
    </section>
  );
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
  const members = (memberships.data?.items ?? []).map((item) => item.municipality).sort((a, b) => a.name.localeCompare(b.name, "nb"));
  const target = (current: MeasureDetail) => ({
    id: current.id, version: current.version, label: current.title, partMunicipalityIds: current.parts.map((part) => part.municipalityId),
  });
  if (members.length > 0 && members.every((member) => measure.parts.some((part) => part.municipalityId === member.id))) {
    return <Paragraph data-size="sm">{t("partsBulk.allHaveParts")}</Paragraph>;
  }
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
