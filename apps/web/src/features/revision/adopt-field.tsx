import { Field, Input, Label, Paragraph, Textarea, ValidationMessage } from "@digdir/designsystemet-react";

interface AdoptFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  kind?: "text" | "date" | "textarea";
  help?: string;
  error?: string;
}

/** A labelled control whose help and error are tied to it by id, and marked invalid with an error. */
export function AdoptField({ id, label, value, onChange, kind = "text", help, error }: AdoptFieldProps) {
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, help ? helpId : null].filter(Boolean).join(" ") || undefined;
  const common = { id, name: id, value, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy };
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {help && (
        <Paragraph id={helpId} data-size="sm" className="meta">
          {help}
        </Paragraph>
      )}
      {kind === "textarea" ? (
        <Textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <Input {...common} type={kind} onChange={(event) => onChange(event.target.value)} />
      )}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Field>
  );
}
