import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { blankProblems } from "../../shared/forms";
import { AdminField } from "./admin-field";
import { inputProblem, problemOf, useAdminMessages, type Problem } from "./problem";
import { ProblemAlert } from "./problem-alert";
import type { UserListItem } from "./types";

/** Set a user's password; the server ends their sessions and says how many. */
export function UserPasswordForm({ user }: { user: UserListItem }) {
  const { t } = useTranslation("admin");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const set = useMutation(trpc.users.setPassword.mutationOptions({ onError: (error) => setProblem(problemOf(error)) }));

  const messages = useAdminMessages({ password: t("user.password") }, problem?.fields ?? {});

  async function send(version: number) {
    const found = inputProblem(blankProblems({ password }, ["password"]));
    setProblem(found);
    setDone(null);
    if (found) return;
    const result = await set.mutateAsync({ id: user.id, version, password }).catch(() => undefined);
    if (!result) return;
    setPassword("");
    setDone(result.endedSessions);
    await queryClient.invalidateQueries({ queryKey: trpc.users.list.pathKey() });
  }

  return (
    <form className="stack" noValidate aria-labelledby={`${id}-heading`} onSubmit={(event: FormEvent) => { event.preventDefault(); void send(user.version); }}>
      <Heading level={3} data-size="xs" id={`${id}-heading`}>
        {t("user.passwordHeading")}
      </Heading>
      {problem && (
        <ProblemAlert
          problem={problem}
          messages={messages}
          onReload={() => setProblem(null)}
          onReapply={() => void send(problem.currentVersion ?? user.version)}
        />
      )}
      <AdminField
        id={`${id}-password`}
        label={t("user.password")}
        hint={t("user.passwordHint")}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        error={messages.password}
        required
      />
      <div className="admin-buttons">
        <Button type="submit" loading={set.isPending}>
          {t("user.passwordSubmit")}
        </Button>
      </div>
      <Paragraph role="status">{done === null ? "" : t("user.passwordSet", { count: done })}</Paragraph>
    </form>
  );
}
