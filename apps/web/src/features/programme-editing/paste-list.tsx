import { Alert, Button, ErrorSummary, Heading, Paragraph } from "@digdir/designsystemet-react";
import { pastedLines } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorSummary as FormErrorSummary, FormField, formProblemOf, wholeFormRefusal, type FormProblem } from "../../shared/forms";
import type { ProgrammeDetail } from "../programmes/types";
import { PastePreview } from "./paste-preview";
import { lineProblemsOf, planPaste, type LineProblem, type PastePlan, type PasteTarget } from "./paste-plan";
import { usePasteWords, type AddedCounts } from "./use-paste-words";
import { useMembers } from "./use-members";
import "./programme-editing.css";

interface PasteListProps {
  target: PasteTarget;
  programme: Pick<ProgrammeDetail, "id" | "focusAreas" | "owner">;
  /** After saving: what was added, in words, for the page's status message. */
  onAdded: (text: string) => void;
  onCancel: () => void;
}

/**
 * Pasted lines → a preview of what each line creates, with every problem named by line and
 * column (checked here with the domain's schemas and rules) → one save that writes all or none.
 * A problem the server finds anyway (someone else changed the programme) is shown the same way.
 */
export function PasteList({ target, programme, onAdded, onCancel }: PasteListProps) {
  const { t } = useTranslation("paste-entry");
  const words = usePasteWords(target);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = `paste-${target}`;
  const headingId = useId();
  const [text, setText] = useState("");
  const [underAreaId, setUnderAreaId] = useState("");
  const [plan, setPlan] = useState<PastePlan | null>(null);
  const [serverProblems, setServerProblems] = useState<LineProblem[]>([]);
  const [failure, setFailure] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const top = useRef<HTMLDivElement>(null);
  // Measures name member municipalities: the preview waits until the members are known.
  const { members, isPending: membersPending } = useMembers(programme.owner.id, target === "measures");
  const structure = useMutation(trpc.programmes.addStructure.mutationOptions());
  const goals = useMutation(trpc.programmes.addGoals.mutationOptions());
  const measures = useMutation(trpc.measures.createMany.mutationOptions());
  const pending = structure.isPending || goals.isPending || measures.isPending;

  useEffect(() => {
    if (attempt > 0) top.current?.querySelector<HTMLElement>("[data-focus-target]")?.focus();
  }, [attempt]);

  const problems = plan ? [...plan.problems, ...serverProblems] : [];
  const edit = (next: () => void) => {
    next();
    setPlan(null);
    setServerProblems([]);
    setFailure(null);
  };

  function preview(event: FormEvent) {
    event.preventDefault();
    if (membersPending) return;
    setServerProblems([]);
    setFailure(null);
    setPlan(planPaste(target, text, { programme, members, underAreaId: underAreaId || null }));
    setAttempt((n) => n + 1);
  }

  async function save() {
    if (!plan || pending || problems.length > 0) return;
    setFailure(null);
    try {
      const added: AddedCounts =
        plan.target === "structure" ? await structure.mutateAsync(plan.input)
          : plan.target === "goals" ? await goals.mutateAsync(plan.input)
            : await measures.mutateAsync(plan.input);
      await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
      if (target === "measures") await queryClient.invalidateQueries({ queryKey: trpc.measures.pathKey() });
      onAdded(words.added(added));
    } catch (error) {
      // Every issue keeps its whole path (`items.3.title`), so each is said at its own line.
      const problem = formProblemOf(error, { fieldOf: (path) => path });
      setServerProblems(lineProblemsOf(problem.fields, pastedLines(text)));
      setFailure(wholeFormRefusal(problem));
      setAttempt((n) => n + 1);
    }
  }

  const lineCount = pastedLines(text).length;
  return (
    <form className="stack programme-editing-form" aria-labelledby={headingId} noValidate onSubmit={preview}>
      <Heading level={3} data-size="xs" id={headingId}>{words.heading}</Heading>
      {target === "structure" && (
        <FormField id={`${id}-under`} kind="select" label={t("structure.under")} value={underAreaId} onChange={(value) => edit(() => setUnderAreaId(value))}>
          <option value="">{t("structure.firstColumn")}</option>
          {programme.focusAreas.map((area) => <option key={area.id} value={area.id}>{area.title}</option>)}
        </FormField>
      )}
      <FormField id={`${id}-text`} kind="textarea" rows={8} label={t("lines")} description={words.columnsHint(underAreaId !== "")} value={text}
        invalid={problems.length > 0} onChange={(value) => edit(() => setText(value))} />
      <div className="programme-editing-buttons">
        <Button type="submit" variant="secondary" aria-disabled={membersPending || undefined}>{t("preview", { count: lineCount })}</Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>{t("cancel")}</Button>
      </div>
      <div ref={top}>
        {plan && problems.length > 0 && (
          <ErrorSummary data-focus-target tabIndex={-1}>
            <ErrorSummary.Heading>{t("problems", { count: problems.length })}</ErrorSummary.Heading>
            <ErrorSummary.List>
              {problems.map((problem, index) => (
                <ErrorSummary.Item key={`${problem.line}-${problem.column}-${index}`}>
                  <ErrorSummary.Link href={`#${id}-text`}>{words.problem(problem, plan.rows)}</ErrorSummary.Link>
                </ErrorSummary.Item>
              ))}
            </ErrorSummary.List>
          </ErrorSummary>
        )}
        <FormErrorSummary messages={{}} idPrefix={id} problem={failure} subject="programme" attempt={attempt} />
        {plan && plan.rows.length === 0 && (
          <Alert data-color="warning" data-focus-target tabIndex={-1}><Paragraph>{t("nothing")}</Paragraph></Alert>
        )}
        {plan && plan.rows.length > 0 && problems.length === 0 && !failure && (
          <Paragraph data-focus-target tabIndex={-1}>{t("ready", { count: plan.rows.length })}</Paragraph>
        )}
      </div>
      {plan && plan.rows.length > 0 && (
        <>
          <PastePreview target={target} plan={plan} problems={problems} />
          {problems.length === 0 && (
            <div className="programme-editing-buttons">
              <Button type="button" aria-disabled={pending || undefined} onClick={() => void save()}>
                {pending ? t("saving") : words.save(plan)}
              </Button>
            </div>
          )}
        </>
      )}
    </form>
  );
}
