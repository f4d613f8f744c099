import { useTranslation } from "react-i18next";
import { ConfirmRemoval } from "./confirm-removal";
import type { StructureItem } from "./structure-items";
import { useItemMutations } from "./use-item-mutations";

interface RemoveItemProps {
  programmeId: string;
  item: StructureItem;
  onRemoved: (title: string) => void;
  onCancel: () => void;
}

/** A focus area or goal removed after asking; the server refuses a focus area that is not empty. */
export function RemoveItem({ programmeId, item, onRemoved, onCancel }: RemoveItemProps) {
  const { t } = useTranslation("programme-editing");
  const mutations = useItemMutations(programmeId);
  return (
    <ConfirmRemoval
      question={t("structure.confirmRemove", { title: item.title })}
      confirmLabel={t("structure.confirm")}
      version={item.version}
      latestVersion={() => mutations.latestVersion(item.kind, item.id)}
      remove={(version) => mutations.remove(item, version)}
      reload={mutations.reload}
      onRemoved={() => onRemoved(item.title)}
      onCancel={onCancel}
    />
  );
}
