import { Alert, Button, Checkbox, Fieldset, Paragraph } from "@digdir/designsystemet-react";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ConflictAlert, ErrorSummary, formProblemOf, useFieldMessages, type FormProblem } from "../../shared/forms";
import { useFocusOnOpen, useFocusReturn } from "../../shared/ui/focus";

export interface PartsTarget {
  id: string;
  version: number;
  /** "2.1 Regional ladestruktur". */
  label: string;
  partMunicipalityIds: readonly string[];
}

export interface Member {
  id: string;
  name: string;
}

interface PartsForMembersProps {
  measures: readonly PartsTarget[];
  members: readonly Member[];
  openLabel: string;
  /** The measures as they are now, after someone else's change. */
  latest: () => Promise<readonly PartsTarget[]>;
  onAdded: () => Promise<unknown>;
}

/**
 * Parts for the council's members in one save: which members (those without a part checked),
 * and, over several measures, which measures. A member with a part keeps it as it is.
 */
export function PartsForMembers({ measures, members, openLabel, latest, onAdded }: PartsForMembersProps) {
  const { t } = useTranslation("measures");
  const trpc = useTRPC();
  const add = useMutation(trpc.measures.addParts.mutationOptions());
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<number | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const single = measures.length === 1 ? measures[0] : undefined;
  const hasPart = (member: Member) => single?.partMunicipalityIds.includes(member.id) ?? false;
  const [chosenMeasures, setChosenMeasures] = useState<string[]>([]);
  const [chosenMembers, setChosenMembers] = useState<string[]>([]);
  // Where the focus goes back to: the button, or the note that took its place once every member has a part.
  const openButton = useRef<HTMLElement>(null);
  const opener = useFocusReturn(open, openButton);
  const panel = useFocusOnOpen<HTMLFormElement>(open);

  const labels: Record<string, string> = {};
  chosenMembers.forEach((id, index) => (labels[`municipalityIds.${index}`] = members.find((member) => member.id === id)?.name ?? id));
  chosenMeasures.forEach((id, index) => (labels[`measures.${index}`] = measures.find((measure) => measure.id === id)?.label ?? id));
  // The server names a member or a measure by its place in what was sent: `municipalityIds.1`.
  const messages = useFieldMessages({ labels }, problem?.fields ?? {});

  function begin() {
    setChosenMeasures(measures.map((measure) => measure.id));
    setChosenMembers(members.filter((member) => !hasPart(member)).map((member) => member.id));
    setProblem(null);
    setDone(null);
    setOpen(true);
  }

  async function send(targets: readonly PartsTarget[]) {
    setProblem(null);
    const chosen = chosenMeasures.flatMap((id) => targets.filter((measure) => measure.id === id));
    try {
      const answer = await add.mutateAsync({ measures: chosen.map(({ id, version }) => ({ id, version })), municipalityIds: chosenMembers });
      setDone(answer.added.length);
      setOpen(false);
      await onAdded();
    } catch (error) {
      setProblem(formProblemOf(error, { fieldOf: (path) => path }));
      setAttempt((count) => count + 1);
    }
  }

  // The summary links to a checkbox by the place the server names: its place among the chosen.
  const fieldId = (field: string, chosen: readonly string[], id: string) =>
    chosen.includes(id) ? `parts-for-members-${field}.${chosen.indexOf(id)}` : `parts-for-members-${field}-${id}`;
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((item) => item !== id));
  const newParts = measures
    .filter((measure) => chosenMeasures.includes(measure.id))
    .reduce((sum, measure) => sum + chosenMembers.filter((id) => !measure.partMunicipalityIds.includes(id)).length, 0);
  const nothingChosen = newParts === 0;

  const complete = members.length > 0 && measures.every((measure) => members.every((member) => measure.partMunicipalityIds.includes(member.id)));
  if (!open) {
    return (
      <div className="stack">
        <div role="status">{done !== null && <Alert data-color="success"><Paragraph>{t("partsBulk.added", { count: done })}</Paragraph></Alert>}</div>
        {complete ? (
          <Paragraph ref={openButton as RefObject<HTMLParagraphElement>} tabIndex={-1} data-size="sm">{t("partsBulk.allHaveParts")}</Paragraph>
        ) : (
          <div>
            <Button ref={openButton as RefObject<HTMLButtonElement>} type="button" variant="secondary" data-size="sm"
              onClick={(event) => { opener.current = event.currentTarget; begin(); }}>
              {openLabel}
            </Button>
          </div>
        )}
      </div>
    );
  }
  return (
    <form ref={panel} className="stack edit-form" aria-label={openLabel} onSubmit={(event) => { event.preventDefault(); if (!nothingChosen && !add.isPending) void send(measures); }}>
      {!single && (
        <Fieldset>
          <Fieldset.Legend>{t("partsBulk.measures")}</Fieldset.Legend>
          {measures.map((measure) => (
            <Checkbox key={measure.id} id={fieldId("measures", chosenMeasures, measure.id)} label={measure.label} value={measure.id} checked={chosenMeasures.includes(measure.id)}
              onChange={(event) => setChosenMeasures((list) => toggle(list, measure.id, event.target.checked))} />
          ))}
        </Fieldset>
      )}
      <Fieldset>
        <Fieldset.Legend>{t("partsBulk.members")}</Fieldset.Legend>
        {!single && <Fieldset.Description>{t("partsBulk.kept")}</Fieldset.Description>}
        {members.map((member) => (
          <Checkbox key={member.id} id={fieldId("municipalityIds", chosenMembers, member.id)} value={member.id} disabled={hasPart(member)}
            label={hasPart(member) ? t("partsBulk.hasPart", { name: member.name }) : member.name}
            checked={hasPart(member) || chosenMembers.includes(member.id)}
            onChange={(event) => setChosenMembers((list) => toggle(list, member.id, event.target.checked))} />
        ))}
      </Fieldset>
      <ErrorSummary messages={messages} idPrefix="parts-for-members" problem={problem?.versionConflict ? null : problem} subject="programme" attempt={attempt} />
      {problem?.versionConflict && (
        <ConflictAlert takeFocus message={t("partsBulk.conflict")} reloadLabel={t("edit.reload")} reapplyLabel={t("edit.reapply")}
          onReload={() => void latest().then(() => setOpen(false))} onReapply={() => void latest().then(send)} />
      )}
      <div className="button-row">
        <Button type="submit" aria-disabled={nothingChosen || add.isPending || undefined}>
          {add.isPending ? t("grid.saving") : t("partsBulk.submit", { count: newParts })}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>{t("edit.cancel")}</Button>
      </div>
    </form>
  );
}
