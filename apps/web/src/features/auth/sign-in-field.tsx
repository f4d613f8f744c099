import { Field, Input, Label, ValidationMessage } from "@digdir/designsystemet-react";

interface SignInFieldProps {
  id: string;
  label: string;
  type: "email" | "password";
  autoComplete: "username" | "current-password";
  value: string;
  onChange: (value: string) => void;
  /** Shown under the input; <ds-field> ties it to the input with aria-describedby. */
  error?: string;
  /** Marked invalid without a message of its own (the message is at the other field). */
  invalid?: boolean;
}

/**
 * A labelled input with its error. The label is tied to the input in the markup itself;
 * Designsystemet's <ds-field> adds the error's id to the input's aria-describedby in the
 * browser (setting it here as well would name the message twice).
 */
export function SignInField({ id, label, type, autoComplete, value, onChange, error, invalid }: SignInFieldProps) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        name={type === "email" ? "email" : "password"}
        type={type}
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize="none"
        required
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error || invalid ? true : undefined}
      />
      {error && <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage>}
    </Field>
  );
}
