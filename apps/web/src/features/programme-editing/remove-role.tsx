import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { mutationProblem, type MutationProblem } from "../measures/mutation-error";
import type { ProgrammeDetail } from "../programmes/types";
import { ItemProblem } from "./item-problem";

type Role = ProgrammeDetail["roles"][number];

interface RemoveRoleProps {
  programmeId: string;
  role: Role;
  onRemoved: (name: string) => void;
  onCancel: () => void;
}

/** "Remove the role?" asked once more; at the version read, or again at the newest after a conflict. */
export function RemoveRole({ programmeId, role, onRemoved, onCancel }: RemoveRoleProps) {
  const { t } = useTranslation("programme-editing");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const removeRole = useMutation(trpc.programmes.removeRole.mutationOptions());
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const name = role.organisation.name;
  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });

  async function latestVersion(): Promise<number | null> {
    const fresh = await queryClient.fetchQuery({ ...trpc.programmes.get.queryOptions({ id: programmeId }), staleTime: 0 });
    return fresh.roles.find((candidate) => candidate.id === role.id)?.version ?? null;
  }

  async function remove(version: () => Promise<number | null>) {
    if (pending) return;
    setPending(true);
    setProblem(null);
    try {
      const at = await version();
      if (at === null) throw Object.assign(new Error("removed"), { data: { domainCode: "NOT_FOUND" } });
      await removeRole.mutateAsync({ id: role.id, version: at });
      await reload();
      onRemoved(name);
    } catch (error) {
      setProblem(mutationProblem(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <Alert data-color="warning" className="stack">
      <Paragraph>{t("role.confirmRemove", { name })}</Paragraph>
      {problem && <ItemProblem problem={problem} onReload={() => void reload().then(onCancel)} onReapply={() => void remove(latestVersion)} />}
      <div className="programme-editing-buttons">
        <Button type="button" data-color="danger" data-size="sm" aria-disabled={pending || undefined}
          onClick={() => void remove(() => Promise.resolve(role.version))}>
          {pending ? t("form.submitting") : t("role.confirm")}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={onCancel}>
          {t("form.cancel")}
        </Button>
      </div>
    </Alert>
  );
}
