import { Field, Input, Label, Select, Textarea, ValidationMessage } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

interface FormFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  kind?: "text" | "date" | "number" | "textarea" | "select";
  /** The options of a select. */
  children?: ReactNode;
  error?: string;
  required?: boolean;
}

/**
 * A labelled input, textarea or select with its error message. <ds-field> ties the message
 * to the control with aria-describedby in the browser; aria-invalid marks the control.
 */
export function FormField({ id, label, value, onChange, kind = "text", children, error, required }: FormFieldProps) {
  const invalid = error ? true : undefined;
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {kind === "textarea" && (
        <Textarea id={id} name={id} rows={4} value={value} aria-invalid={invalid} onChange={(event) => onChange(event.target.value)} />
      )}
      {kind === "select" && (
        <Select id={id} name={id} value={value} aria-invalid={invalid} onChange={(event) => onChange(event.target.value)}>
          {children}
        </Select>
      )}
      {(kind === "text" || kind === "date" || kind === "number") && (
        <Input
          id={id}
          name={id}
          type={kind}
          required={required}
          value={value}
          aria-invalid={invalid}
          {...(kind === "number" ? { min: 0, max: 100, step: 1, inputMode: "numeric" as const } : {})}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {error && <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage>}
    </Field>
  );
}
