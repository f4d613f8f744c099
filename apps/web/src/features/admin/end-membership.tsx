import { Button } from "@digdir/designsystemet-react";
import { UpdateMembershipInputSchema } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending } from "../../shared/forms";
import { useFocusOnOpen, useFocusReturn } from "../../shared/ui/focus";
import { AdminField } from "./admin-field";
import { inputProblem, problemOf, useAdminMessages, type Problem } from "./problem";
import { ProblemAlert } from "./problem-alert";
import type { MembershipItem } from "./types";

const today = () => new Date().toISOString().slice(0, 10);

/** "End membership": asks for the last day, then records it at the version read. */
export function EndMembership({ membership, onEnded }: { membership: MembershipItem; onEnded: () => void }) {
  const { t } = useTranslation("admin");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const endButton = useRef<HTMLButtonElement>(null);
  useFocusReturn(open, endButton);
  const panel = useFocusOnOpen<HTMLFormElement>(open);
  const [validTo, setValidTo] = useState(today);
  const [problem, setProblem] = useState<Problem | null>(null);
  const end = useMutation(trpc.organisations.endMembership.mutationOptions({ onError: (error) => setProblem(problemOf(error)) }));
  const listKey = trpc.organisations.listMemberships.pathKey();
  const label = t("memberships.endLabel", { name: membership.municipality.name });
  const messages = useAdminMessages({ validTo: label, validFrom: t("memberships.from") }, problem?.fields ?? {});

  async function send(version: number) {
    const found = inputProblem(checkBeforeSending(UpdateMembershipInputSchema, { id: membership.id, version, validTo }, { validTo }, ["validTo"]));
    setProblem(found);
    if (found) return;
    const ended = await end.mutateAsync({ id: membership.id, version, validTo }).catch(() => undefined);
    if (!ended) return;
    setOpen(false);
    onEnded();
    await queryClient.invalidateQueries({ queryKey: listKey });
  }

  if (!open) {
    return (
      <Button ref={endButton} type="button" variant="secondary" data-size="sm" onClick={() => setOpen(true)}>
        {t("memberships.end")}
      </Button>
    );
  }
  return (
    <form ref={panel} className="stack" noValidate onSubmit={(event: FormEvent) => { event.preventDefault(); void send(membership.version); }}>
      {problem && (
        <ProblemAlert
          problem={problem}
          messages={messages}
          onReload={() => void queryClient.invalidateQueries({ queryKey: listKey })}
          onReapply={async () => {
            // The server's answer names the version it holds now; the change goes on top of it.
            await send(problem.currentVersion ?? membership.version);
          }}
        />
      )}
      <AdminField
        id={`${id}-to`}
        label={label}
        type="date"
        value={validTo}
        onChange={setValidTo}
        error={messages.validTo}
        required
      />
      <div className="admin-buttons">
        <Button type="submit" data-size="sm" loading={end.isPending}>
          {t("memberships.confirmEnd")}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => setOpen(false)}>
          {t("form.cancel")}
        </Button>
      </div>
    </form>
  );
}
