import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { mutationProblem, type MutationProblem } from "../measures/mutation-error";
import { ItemProblem } from "./item-problem";
import type { StructureItem } from "./structure-items";
import { useItemMutations } from "./use-item-mutations";

interface RemoveItemProps {
  programmeId: string;
  item: StructureItem;
  onRemoved: (title: string) => void;
  onCancel: () => void;
}

/** "Remove?" asked once more before it is done; the server refuses a focus area that is not empty. */
export function RemoveItem({ programmeId, item, onRemoved, onCancel }: RemoveItemProps) {
  const { t } = useTranslation("programme-editing");
  const mutations = useItemMutations(programmeId);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);

  async function remove(version: () => Promise<number | null>) {
    if (pending) return;
    setPending(true);
    setProblem(null);
    try {
      const at = await version();
      if (at === null) throw Object.assign(new Error("removed"), { data: { domainCode: "NOT_FOUND" } });
      await mutations.remove(item, at);
      onRemoved(item.title);
    } catch (error) {
      setProblem(mutationProblem(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <Alert data-color="warning" className="stack">
      <Paragraph>{t("structure.confirmRemove", { title: item.title })}</Paragraph>
      {problem && (
        <ItemProblem problem={problem} onReload={() => void mutations.reload().then(onCancel)}
          onReapply={() => void remove(() => mutations.latestVersion(item.kind, item.id))} />
      )}
      <div className="programme-editing-buttons">
        <Button type="button" data-color="danger" data-size="sm" aria-disabled={pending || undefined}
          onClick={() => void remove(() => Promise.resolve(item.version))}>
          {pending ? t("form.submitting") : t("structure.confirm")}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={onCancel}>
          {t("form.cancel")}
        </Button>
      </div>
    </Alert>
  );
}
