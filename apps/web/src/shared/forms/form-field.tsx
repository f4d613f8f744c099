import { Field, Input, Label, Paragraph, Select, Textarea, ValidationMessage } from "@digdir/designsystemet-react";
import type { ReactNode, RefObject } from "react";

/** The control a field renders, for a ref that moves the focus to it ("add another"). */
export type FieldControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export interface FormFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  kind?: "text" | "date" | "number" | "textarea" | "select" | "email" | "password" | "search";
  /** The options of a select. */
  children?: ReactNode;
  /** The field's problem in words (`useFieldMessages`); marks the control invalid. */
  error?: string | undefined;
  /** How to fill it in, shown under the label. */
  description?: string | undefined;
  /** Invalid without a message of its own (the message is at another field). */
  invalid?: boolean;
  required?: boolean;
  /** Shown, not editable (a submitted report, say). */
  readOnly?: boolean;
  /** The on-screen keyboard for a number typed as text (`decimal` for amounts with a decimal sign). */
  inputMode?: "numeric" | "decimal";
  min?: number;
  max?: number;
  step?: number;
  rows?: number;
  /** The server's limit on the text's length. */
  maxLength?: number;
  autoComplete?: string;
  /** The name sent with the form; the id by default. */
  name?: string;
  /** Takes the focus when its panel opens (`useFocusOnOpen`), ahead of the first field. */
  autoFocus?: boolean;
  inputRef?: RefObject<FieldControl | null>;
}

/**
 * A labelled input, textarea or select with its description and error message. Both are tied
 * to the control by aria-describedby in the markup itself, and aria-invalid marks it. They are
 * not marked `data-field`, so Designsystemet's <ds-field> leaves aria-describedby as it is
 * instead of adding the same ids a second time in the browser.
 */
export function FormField(props: FormFieldProps) {
  const { id, label, value, onChange, kind = "text", children, error, description, invalid, inputRef } = props;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, description ? descriptionId : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: props.name ?? id,
    value,
    required: props.required,
    readOnly: props.readOnly,
    maxLength: props.maxLength,
    "aria-invalid": error || invalid ? true : undefined,
    "aria-describedby": describedBy,
    "data-autofocus": props.autoFocus || undefined,
    ref: inputRef ? (control: FieldControl | null) => void (inputRef.current = control) : undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description && (
        <Paragraph id={descriptionId} data-size="sm" className="meta">
          {description}
        </Paragraph>
      )}
      {kind === "textarea" && <Textarea {...common} rows={props.rows ?? 4} />}
      {kind === "select" && <Select {...common}>{children}</Select>}
      {kind !== "textarea" && kind !== "select" && (
        <Input
          {...common}
          type={kind}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode ?? (kind === "number" ? "numeric" : undefined)}
          {...(kind === "number" ? { min: props.min, max: props.max, step: props.step ?? 1 } : {})}
          {...(kind === "email" || kind === "password" ? { spellCheck: false, autoCapitalize: "none" } : {})}
        />
      )}
      {error && (
        <ValidationMessage id={errorId} data-field={undefined}>
          {error}
        </ValidationMessage>
      )}
    </Field>
  );
}
