import { Alert, Button, Checkbox, ErrorSummary, Fieldset, Paragraph } from "@digdir/designsystemet-react";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ConflictAlert } from "../../shared/errors/conflict-alert";
import { errorCodeOf } from "../../shared/errors/error-code";
import { useFieldMessages } from "../../shared/errors/field-message";
import { fieldProblemsOf, type FieldProblems } from "../../shared/errors/field-problems";
import { knownRefusalText } from "../../shared/errors/refusal";
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

type Failure = { kind: "conflict" } | { kind: "fields"; problems: FieldProblems } | { kind: "refused"; code: string; reason: string | null };

/**
 * Parts for the council's members in one save: which members (those without a part checked),
 * and, over several measures, which measures. A member with a part keeps it as it is.
 */
export function PartsForMembers({ measures, members, openLabel, latest, onAdded }: PartsForMembersProps) {
  const { t } = useTranslation(["measures", "common"]);
  const { t: forms } = useTranslation("forms");
  const trpc = useTRPC();
  const add = useMutation(trpc.measures.addParts.mutationOptions());
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<number | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const single = measures.length === 1 ? measures[0] : undefined;
  const hasPart = (member: Member) => single?.partMunicipalityIds.includes(member.id) ?? false;
  const [chosenMeasures, setChosenMeasures] = useState<string[]>([]);
  const [chosenMembers, setChosenMembers] = useState<string[]>([]);
  const openButton = useRef<HTMLButtonElement>(null);
  const opener = useFocusReturn(open, openButton);
  const panel = useFocusOnOpen<HTMLFormElement>(open);

  const labels: Record<string, string> = {};
  chosenMembers.forEach((id, index) => (labels[`municipalityIds.${index}`] = members.find((member) => member.id === id)?.name ?? id));
  chosenMeasures.forEach((id, index) => (labels[`measures.${index}`] = measures.find((measure) => measure.id === id)?.label ?? id));
  const messages = useFieldMessages({ labels }, failure?.kind === "fields" ? failure.problems : {});

  function begin() {
    setChosenMeasures(measures.map((measure) => measure.id));
    setChosenMembers(members.filter((member) => !hasPart(member)).map((member) => member.id));
    setFailure(null);
    setDone(null);
    setOpen(true);
  }

  async function send(targets: readonly PartsTarget[]) {
    setFailure(null);
    const chosen = chosenMeasures.flatMap((id) => targets.filter((measure) => measure.id === id));
    try {
      const answer = await add.mutateAsync({ measures: chosen.map(({ id, version }) => ({ id, version })), municipalityIds: chosenMembers });
      setDone(answer.added.length);
      setOpen(false);
      await onAdded();
    } catch (error) {
      const code = errorCodeOf(error);
      const problems = fieldProblemsOf(error, (path) => path);
      const reason = (error as { data?: { reason?: string | null } }).data?.reason ?? null;
      setFailure(code === "CONFLICT" ? { kind: "conflict" } : Object.keys(problems).length > 0 ? { kind: "fields", problems } : { kind: "refused", code, reason });
    }
  }

  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((item) => item !== id));
  const newParts = measures
    .filter((measure) => chosenMeasures.includes(measure.id))
    .reduce((sum, measure) => sum + chosenMembers.filter((id) => !measure.partMunicipalityIds.includes(id)).length, 0);
  const nothingChosen = newParts === 0;

  if (!open) {
    return (
      <div className="stack">
        <div role="status">{done !== null && <Alert data-color="success"><Paragraph>{t("partsBulk.added", { count: done })}</Paragraph></Alert>}</div>
        <div>
          <Button ref={openButton} type="button" variant="secondary" data-size="sm" onClick={(event) => { opener.current = event.currentTarget; begin(); }}>
            {openLabel}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <form ref={panel} className="stack edit-form" aria-label={openLabel} onSubmit={(event) => { event.preventDefault(); if (!nothingChosen && !add.isPending) void send(measures); }}>
      {!single && (
        <Fieldset>
          <Fieldset.Legend>{t("partsBulk.measures")}</Fieldset.Legend>
          {measures.map((measure) => (
            <Checkbox key={measure.id} label={measure.label} value={measure.id} checked={chosenMeasures.includes(measure.id)}
              onChange={(event) => setChosenMeasures((list) => toggle(list, measure.id, event.target.checked))} />
          ))}
        </Fieldset>
      )}
      <Fieldset>
        <Fieldset.Legend>{t("partsBulk.members")}</Fieldset.Legend>
        {!single && <Fieldset.Description>{t("partsBulk.kept")}</Fieldset.Description>}
        {members.map((member) => (
          <Checkbox key={member.id} value={member.id} disabled={hasPart(member)}
            label={hasPart(member) ? t("partsBulk.hasPart", { name: member.name }) : member.name}
            checked={hasPart(member) || chosenMembers.includes(member.id)}
            onChange={(event) => setChosenMembers((list) => toggle(list, member.id, event.target.checked))} />
        ))}
      </Fieldset>
      {failure?.kind === "fields" && (
        <ErrorSummary tabIndex={-1} ref={(element) => element?.focus()}>
          <ErrorSummary.Heading>{t("grid.summary")}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {Object.keys(failure.problems).map((path) => <ErrorSummary.Item key={path}>{messages[path]}</ErrorSummary.Item>)}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {failure?.kind === "conflict" && (
        <ConflictAlert takeFocus message={t("partsBulk.conflict")} reloadLabel={t("edit.reload")} reapplyLabel={t("edit.reapply")}
          onReload={() => void latest().then(() => setOpen(false))} onReapply={() => void latest().then(send)} />
      )}
      {failure?.kind === "refused" && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t(`common:errors.${failure.code}` as "common:errors.INTERNAL")}</Paragraph>
          {knownRefusalText(forms, "programme", failure.reason) && <Paragraph>{knownRefusalText(forms, "programme", failure.reason)}</Paragraph>}
        </Alert>
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
