import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, FormField } from "../../shared/forms";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { readSignInParams } from "./return-to";
import { signInProblemOf, type SignInProblem } from "./sign-in-problem";
import { useSignIn } from "./use-auth";

interface FieldErrors {
  email?: string;
  password?: string;
}

/** `search` is the page's query string (`?returnTo=…&reason=…`), read once when it opens. */
export function SignInPage({ search }: { search: string }) {
  const { t } = useTranslation(["auth", "common"]);
  const [{ returnTo, reason }] = useState(() => readSignInParams(search));
  const [address, setAddress] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  // Each failed submit moves the focus to the summary, so it is read again.
  const [attempt, setAttempt] = useState(0);
  const signIn = useSignIn(returnTo);
  const id = useId();
  useDocumentTitle(t("signIn.heading"));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    const errors: FieldErrors = {
      email: address.trim() === "" ? t("signIn.emailRequired") : undefined,
      password: password === "" ? t("signIn.passwordRequired") : undefined,
    };
    setFieldErrors(errors);
    setAttempt((n) => n + 1);
    if (errors.email || errors.password) {
      signIn.reset();
      return;
    }
    signIn.mutate({ email: address.trim(), password }, { onError: () => setPassword("") });
  }

  const problem = signIn.isError ? signInProblemOf(signIn.error) : undefined;
  const problemText = problem ? describeProblem(problem, t) : undefined;
  const credentialsWrong = problem?.kind === "invalidCredentials";
  // Wrong credentials are said at the e-mail address, whichever of the two was wrong.
  const email = fieldErrors.email ?? (credentialsWrong ? problemText : undefined);
  const messages = Object.fromEntries(Object.entries({ email, password: fieldErrors.password }).filter(([, text]) => text)) as Record<string, string>;

  return (
    <div className="stack sign-in">
      <Heading level={1} data-size="lg">
        {t("signIn.heading")}
      </Heading>
      {reason === "session_ended" && (
        <Alert data-color="warning" role="status">
          <Paragraph>{t("signIn.sessionEnded")}</Paragraph>
        </Alert>
      )}
      <ErrorSummary idPrefix={id} order={["email", "password"]} messages={messages} attempt={attempt} />
      {problemText && !credentialsWrong && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{problemText}</Paragraph>
        </Alert>
      )}
      <Paragraph>{t("signIn.intro")}</Paragraph>
      <form className="stack sign-in__form" noValidate onSubmit={handleSubmit}>
        <FormField
          id={`${id}-email`}
          name="email"
          label={t("signIn.email")}
          kind="email"
          autoComplete="username"
          required
          value={address}
          onChange={setAddress}
          error={fieldErrors.email}
          invalid={credentialsWrong}
        />
        <FormField
          id={`${id}-password`}
          name="password"
          label={t("signIn.password")}
          kind="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
          error={fieldErrors.password ?? (credentialsWrong ? problemText : undefined)}
        />
        <div>
          <Button type="submit" loading={signIn.isPending} aria-disabled={signIn.isPending || undefined}>
            {signIn.isPending ? t("signIn.submitting") : t("signIn.submit")}
          </Button>
        </div>
      </form>
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation<["auth", "common"]>>["t"];

function describeProblem(problem: SignInProblem, t: Translate): string {
  switch (problem.kind) {
    case "invalidCredentials":
      return t("signIn.invalidCredentials");
    case "rateLimited":
      return problem.minutes ? t("signIn.rateLimited", { count: problem.minutes }) : t("common:errors.RATE_LIMITED");
    case "other":
      return t(`common:errors.${problem.code}`);
  }
}
