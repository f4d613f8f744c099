import { Alert, Button, Details, Heading, Paragraph } from "@digdir/designsystemet-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorSummary, FormField } from "../../shared/forms";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { readSignInParams } from "./return-to";
import { signInProblemOf, type SignInProblem } from "./sign-in-problem";
import { SsoButtons } from "./sso-buttons";
import { domainQuery, readSsoError } from "./sso-error";
import { useSignIn } from "./use-auth";

interface FieldErrors {
  email?: string;
  password?: string;
}

/** `search` is the page's query string (`?returnTo=…&reason=…`), read once when it opens. */
export function SignInPage({ search }: { search: string }) {
  const { t } = useTranslation(["auth", "common", "sso"]);
  const [{ returnTo, reason }] = useState(() => readSignInParams(search));
  const [ssoError] = useState(() => readSsoError(search));
  const [address, setAddress] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  // Each failed submit moves the focus to the summary, so it is read again.
  const [attempt, setAttempt] = useState(0);
  const signIn = useSignIn(returnTo);
  const trpc = useTRPC();
  // The providers offered follow the domain typed; the address itself stays in the browser.
  const options = useQuery({ ...trpc.auth.signInOptions.queryOptions({ email: domainQuery(address) }), placeholderData: keepPreviousData });
  const passwordMode = options.data?.password ?? "everyone";
  const id = useId();
  useDocumentTitle(t("signIn.heading"));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending || passwordMode === "off") return;
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
      {ssoError && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t(`sso:error.${ssoError}`)}</Paragraph>
        </Alert>
      )}
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
      <Paragraph>{passwordMode === "everyone" ? t("signIn.intro") : t("sso:signIn.intro")}</Paragraph>
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
        <PasswordPart mode={passwordMode} adminLabel={t("sso:signIn.administrators")} offText={t("sso:signIn.passwordOff")}>
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
        </PasswordPart>
      </form>
      <SsoButtons providers={options.data?.providers ?? []} />
    </div>
  );
}

/**
 * The password field and button, as the installation and the domain's organisations allow:
 * shown; folded away for administrators only; or replaced by a word on using the buttons.
 */
function PasswordPart({ mode, adminLabel, offText, children }: { mode: "everyone" | "administrators" | "off"; adminLabel: string; offText: string; children: ReactNode }) {
  if (mode === "off") return <Paragraph>{offText}</Paragraph>;
  if (mode === "everyone") return children;
  return (
    <Details>
      <Details.Summary>{adminLabel}</Details.Summary>
      <Details.Content className="stack">{children}</Details.Content>
    </Details>
  );
}

type Translate = ReturnType<typeof useTranslation<["auth", "common", "sso"]>>["t"];

function describeProblem(problem: SignInProblem, t: Translate): string {
  switch (problem.kind) {
    case "invalidCredentials":
      return t("signIn.invalidCredentials");
    case "passwordSignInOff":
      return t("sso:signIn.passwordOffForYou");
    case "rateLimited":
      return problem.minutes ? t("signIn.rateLimited", { count: problem.minutes }) : t("common:errors.RATE_LIMITED");
    case "other":
      return t(`common:errors.${problem.code}`);
  }
}
