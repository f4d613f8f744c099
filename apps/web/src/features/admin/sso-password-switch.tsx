import { Alert, Paragraph, Switch } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formProblemOf } from "../../shared/forms";

interface PasswordSwitchProps {
  label: string;
  description: string;
  checked: boolean;
  /** Saves the new value at the version read; a refusal is shown below the switch. */
  save: (passwordSignIn: boolean) => Promise<unknown>;
}

/** Password sign-in on or off, saved as soon as it is switched. */
export function SsoPasswordSwitch({ label, description, checked, save }: PasswordSwitchProps) {
  const { t } = useTranslation(["sso", "common"]);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function change(value: boolean) {
    setPending(true);
    setSaved(false);
    setProblem(null);
    try {
      await save(value);
      setSaved(true);
    } catch (error) {
      const found = formProblemOf(error);
      setProblem(found.versionConflict ? t("password.conflict") : t(`common:errors.${found.code}`));
    } finally {
      setPending(false);
    }
  }
  return (
    <div className="stack">
      <Switch label={label} description={description} checked={checked} disabled={pending} onChange={(event) => void change(event.target.checked)} />
      <Paragraph role="status" data-size="sm">{saved ? t("password.saved") : ""}</Paragraph>
      {problem && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
