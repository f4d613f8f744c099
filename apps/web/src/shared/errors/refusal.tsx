import { Alert, Paragraph } from "@digdir/designsystemet-react";
import type { Resources } from "@samspill/i18n";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";

// Why the reader may see but not change something, in their language: the server's permit
// (`viewer.<action>` on every get) carries the domain's reason; this only puts it in words.

export interface Permit {
  allowed: boolean;
  reason: string | null;
}

type Refusals = Resources["forms"]["refusals"];
export type RefusalSubject = Exclude<keyof Refusals, "heading" | "any">;

/** The names a refusal may mention: who owns the programme, whose part or report it is. */
export interface RefusalNames {
  owner?: string;
  municipality?: string;
  organisation?: string;
  county?: string;
  council?: string;
}

export function refusalText(t: TFunction<"forms">, subject: RefusalSubject, reason: string, names: RefusalNames = {}): string {
  const fallback = reason === "sign_in_required" ? t("refusals.any.sign_in_required") : t("refusals.any.fallback");
  return t(`refusals.${subject}.${reason as keyof Refusals["programme"]}`, { ...names, defaultValue: fallback });
}

/** The words for a reason when there are some for it (a refused save, say), else null. */
export function knownRefusalText(t: TFunction<"forms">, subject: RefusalSubject, reason: string | null, names: RefusalNames = {}): string | null {
  if (!reason) return null;
  const text = t(`refusals.${subject}.${reason as keyof Refusals["programme"]}`, { ...names, defaultValue: "" });
  return text === "" ? null : text;
}

interface RefusalProps {
  permit: Permit;
  subject: RefusalSubject;
  names?: RefusalNames;
}

/** Nothing when allowed; otherwise the reason, as a calm note beside what is shown read-only. */
export function Refusal({ permit, subject, names }: RefusalProps) {
  const { t } = useTranslation("forms");
  if (permit.allowed || permit.reason === null) return null;
  return (
    <Alert data-color="info" data-size="sm">
      <Paragraph data-size="sm">{refusalText(t, subject, permit.reason, names)}</Paragraph>
    </Alert>
  );
}
