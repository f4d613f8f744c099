import { Alert, Button, ErrorSummary, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { readSignInParams } from "./return-to";
import { SignInField } from "./sign-in-field";
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
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  // Each failed submit mounts a new summary, which Designsystemet focuses, so it is read again.
  const [attempt, setAttempt] = useState(0);
  const signIn = useSignIn(returnTo);
  const emailId = useId();
  const passwordId = useId();
  useDocumentTitle(t("signIn.heading"));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    const errors: FieldErrors = {
      email: email.trim() === "" ? t("signIn.emailRequired") : undefined,
      password: password === "" ? t("signIn.passwordRequired") : undefined,
    };
    setFieldErrors(errors);
    setAttempt((n) => n + 1);
    if (errors.email || errors.password) {
      signIn.reset();
      return;
    }
    signIn.mutate({ email: email.trim(), password }, { onError: () => setPassword("") });
  }

  const problem = signIn.isError ? signInProblemOf(signIn.error) : undefined;
  const problemText = problem ? describeProblem(problem, t) : undefined;
  const credentialsWrong = problem?.kind === "invalidCredentials";
  const summaryItems = [
    fieldErrors.email && { href: `#${emailId}`, text: fieldErrors.email },
    fieldErrors.password && { href: `#${passwordId}`, text: fieldErrors.password },
    credentialsWrong && problemText && { href: `#${emailId}`, text: problemText },
  ].filter((item) => !!item);

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
      {(summaryItems.length > 0 || (problemText && !credentialsWrong)) && (
        <div role="alert" key={attempt}>
          <ErrorSummary>
            <ErrorSummary.Heading>{t("signIn.errorHeading")}</ErrorSummary.Heading>
            {summaryItems.length > 0 ? (
              <ErrorSummary.List>
                {summaryItems.map((item) => (
                  <ErrorSummary.Item key={item.text}>
                    <ErrorSummary.Link href={item.href}>{item.text}</ErrorSummary.Link>
                  </ErrorSummary.Item>
                ))}
              </ErrorSummary.List>
            ) : (
              <Paragraph>{problemText}</Paragraph>
            )}
          </ErrorSummary>
        </div>
      )}
      <Paragraph>{t("signIn.intro")}</Paragraph>
      <form className="stack sign-in__form" noValidate onSubmit={handleSubmit}>
        <SignInField
          id={emailId}
          label={t("signIn.email")}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={fieldErrors.email}
          invalid={credentialsWrong}
        />
        <SignInField
          id={passwordId}
          label={t("signIn.password")}
          type="password"
          autoComplete="current-password"
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
