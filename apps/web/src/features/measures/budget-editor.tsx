import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import type { Currency, FundingSource } from "@samspill/domain";
import { useState, type ReactNode, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { onEscape, useFocusOnOpen } from "../../shared/ui/focus";
import { BudgetForm, type BudgetSubmit } from "./budget-form";
import { budgetValuesOf, emptyBudgetValues } from "./budget-values";
import { SaveProblem } from "./save-problem";
import { useBudgetLines, type BudgetLine } from "./use-budget-lines";
import { useVersionedSave } from "./use-versioned-save";

export type BudgetTask = { kind: "add" } | { kind: "edit"; line: BudgetLine } | { kind: "remove"; line: BudgetLine } | null;

interface BudgetEditorProps {
  measureId: string;
  currency: Currency;
  task: BudgetTask;
  onTask: (task: BudgetTask) => void;
  /** The "add" button, where focus returns when a form closes and its line's button is gone. */
  addButton: RefObject<HTMLButtonElement | null>;
  parts: ReadonlyArray<{ id: string; name: string }>;
  allowWhole: boolean;
  lineName: (line: BudgetLine) => { year: number; source: string };
  sourceName: (source: FundingSource) => string;
}

/** Adding, changing or removing one budget line at a time, with the server's answer shown in place. */
export function BudgetEditor({ measureId, currency, task, onTask, addButton, parts, allowWhole, lineName, sourceName }: BudgetEditorProps) {
  const { t } = useTranslation("measures");
  const lines = useBudgetLines(measureId, currency);
  const [done, setDone] = useState<"added" | "saved" | "removed" | null>(null);
  const [formKey, setFormKey] = useState(0);
  const { pending, problem, save, reset } = useVersionedSave<{ submit: BudgetSubmit | null; id: string | null }>((value, version) => {
    if (value.id === null && value.submit) return lines.add(value.submit);
    if (value.id && value.submit) return lines.update(value.id, version, value.submit);
    return lines.remove(value.id ?? "", version);
  });

  function begin(next: BudgetTask) {
    reset();
    setDone(null);
    onTask(next);
  }
  async function finish(ok: boolean, message: "added" | "saved" | "removed") {
    if (!ok) return;
    onTask(null);
    setDone(message);
    await lines.refresh();
  }
  /** The line as it is now, for reload and re-apply after a conflict; gone when someone removed it. */
  async function current(id: string) {
    return (await lines.latest()).budget.lines.find((line) => line.id === id);
  }
  async function reload(id: string) {
    const fresh = await current(id);
    reset();
    setFormKey((key) => key + 1);
    const open = task?.kind === "edit" || task?.kind === "remove" ? task : null;
    onTask(fresh && open ? { ...open, line: fresh } : null);
  }
  async function reapply(id: string, submit: BudgetSubmit | null) {
    const fresh = await current(id);
    if (!fresh) return reload(id);
    await finish(await save({ submit, id }, fresh.version), submit ? "saved" : "removed");
  }

  return (
    <div className="stack">
      {done && (
        <Alert data-color="success" role="status">
          <Paragraph>{t(`budgetEdit.${done}`)}</Paragraph>
        </Alert>
      )}
      {task === null && (
        <div>
          <Button ref={addButton} type="button" variant="secondary" onClick={() => begin({ kind: "add" })}>
            {t("budgetEdit.add")}
          </Button>
        </div>
      )}
      {task?.kind === "add" && (
        <BudgetForm
          key={`add-${formKey}`}
          heading={t("budgetEdit.addHeading")}
          initial={emptyBudgetValues(allowWhole ? "" : (parts[0]?.id ?? ""))}
          {...{ currency, parts, allowWhole, pending, problem, sourceName }}
          choosePart
          onSave={async (submit) => finish(await save({ submit, id: null }, 0), "added")}
          onCancel={() => begin(null)}
          onReload={() => void lines.refresh()}
          onReapply={async (submit) => finish(await save({ submit, id: null }, 0), "added")}
        />
      )}
      {task?.kind === "edit" && (
        <BudgetForm
          key={`${task.line.id}-${formKey}`}
          heading={t("budgetEdit.editHeading")}
          initial={budgetValuesOf(task.line)}
          {...{ currency, parts, allowWhole, pending, problem, sourceName }}
          choosePart={false}
          onSave={async (submit) => finish(await save({ submit, id: task.line.id }, task.line.version), "saved")}
          onCancel={() => begin(null)}
          onReload={() => void reload(task.line.id)}
          onReapply={(submit) => void reapply(task.line.id, submit)}
        />
      )}
      {task?.kind === "remove" && (
        <RemoveConfirm label={t("budgetEdit.removeLine", lineName(task.line))} onCancel={() => begin(null)}>
          <Paragraph>{t("budgetEdit.confirmRemove", lineName(task.line))}</Paragraph>
          {problem && <SaveProblem problem={problem} onReload={() => void reload(task.line.id)} onReapply={() => void reapply(task.line.id, null)} />}
          <div className="button-row">
            <Button type="button" data-color="danger" aria-disabled={pending || undefined} onClick={async () => finish(await save({ submit: null, id: task.line.id }, task.line.version), "removed")}>
              {t("budgetEdit.confirm")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => begin(null)}>
              {t("edit.cancel")}
            </Button>
          </div>
        </RemoveConfirm>
      )}
    </div>
  );
}

/** "Remove this line?" in place of a dialog: it takes the focus, and Escape cancels it. */
function RemoveConfirm({ label, onCancel, children }: { label: string; onCancel: () => void; children: ReactNode }) {
  const panel = useFocusOnOpen<HTMLDivElement>();
  return (
    <Alert ref={panel} tabIndex={-1} data-color="warning" role="alertdialog" aria-label={label} onKeyDown={onEscape(onCancel)}>
      {children}
    </Alert>
  );
}
