import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import type { ProgrammeDetail } from "../programmes/types";
import { ConfirmRemoval } from "./confirm-removal";

type Role = ProgrammeDetail["roles"][number];

interface RemoveRoleProps {
  programmeId: string;
  role: Role;
  onRemoved: (name: string) => void;
  onCancel: () => void;
}

/** An organisation's role in the follow-up taken away after asking, at the version read. */
export function RemoveRole({ programmeId, role, onRemoved, onCancel }: RemoveRoleProps) {
  const { t } = useTranslation("programme-editing");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const removeRole = useMutation(trpc.programmes.removeRole.mutationOptions());
  const name = role.organisation.name;
  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
  return (
    <ConfirmRemoval
      question={t("role.confirmRemove", { name })}
      confirmLabel={t("role.confirm")}
      version={role.version}
      latestVersion={async () => {
        const fresh = await queryClient.fetchQuery({ ...trpc.programmes.get.queryOptions({ id: programmeId }), staleTime: 0 });
        return fresh.roles.find((candidate) => candidate.id === role.id)?.version ?? null;
      }}
      remove={async (version) => {
        await removeRole.mutateAsync({ id: role.id, version });
        await reload();
      }}
      reload={reload}
      onRemoved={() => onRemoved(name)}
      onCancel={onCancel}
    />
  );
}
