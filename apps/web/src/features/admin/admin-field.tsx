import { Field, Input, Label, Select, ValidationMessage } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

interface AdminFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "email" | "date" | "password" | "search";
  /** Options: makes it a select. */
  options?: ReactNode;
  hint?: string;
  /** The field's problem in words (`useAdminMessages`). */
  error?: string | undefined;
  required?: boolean;
  autoComplete?: string;
}

/**
 * A labelled input or select with its hint and error. The error is tied to the control with
 * aria-describedby and marked with aria-invalid, so it is announced with the field.
 */
export function AdminField({ id, label, value, onChange, type = "text", options, hint, error, required, autoComplete }: AdminFieldProps) {
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const common = { id, name: id, value, required, "aria-invalid": error ? true : undefined, "aria-describedby": described };
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {hint && (
        <Field.Description id={`${id}-hint`}>{hint}</Field.Description>
      )}
      {options ? (
        <Select {...common} onChange={(event) => onChange(event.target.value)}>
          {options}
        </Select>
      ) : (
        <Input {...common} type={type} autoComplete={autoComplete} onChange={(event) => onChange(event.target.value)} />
      )}
      {error && <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage>}
    </Field>
  );
}
