import { useState, type ReactNode } from "react";
import { changedFields, FormField, useCreateForm, useFieldMessages, type FieldProblems } from "../../shared/forms";
import { AgreementForm } from "./agreement-form";
import { useReasonText } from "./problem-text";

export interface FieldSpec<K extends string> {
  name: K;
  label: string;
  kind?: "text" | "date" | "textarea" | "select";
  required?: boolean;
  /** The choices of a select, as value and label. */
  options?: ReadonlyArray<{ value: string; label: string }>;
}

export interface RowFormProps<K extends string> {
  heading: string;
  headingLevel?: 2 | 3;
  idPrefix: string;
  fields: ReadonlyArray<FieldSpec<K>>;
  initial: Record<K, string>;
  /** What the domain's schema and the required fields say before sending (`checkBeforeSending`). */
  check: (values: Record<K, string>) => FieldProblems;
  /**
   * Sends the values at a version: the one read, or after a conflict the latest. `changed` holds
   * only what the user changed in a row that exists, so that "apply again" never undoes another
   * person's change to a field this user did not touch; for a new row it is every field.
   */
  send: (values: Record<K, string>, version: number, changed: Partial<Record<K, string>>) => Promise<unknown>;
  /** The version the form was opened at (0 for a new row). */
  version: number;
  /** The row's version now, for "apply again" after a conflict; null when it has been removed. */
  latestVersion?: () => Promise<number | null>;
  onReload?: () => void;
  submitLabel: string;
  onDone: () => void;
  onCancel: () => void;
  /** Shown between the summary and the fields (a read-only fact the form is about). */
  intro?: ReactNode;
}

const REMOVED = () => Object.assign(new Error("removed"), { data: { domainCode: "NOT_FOUND" } });

/** A form for one row of an agreement, built from its fields: the server's field issues land on them. */
export function RowForm<K extends string>(props: RowFormProps<K>) {
  const form = useCreateForm<Record<K, string>>(props.initial);
  const [base] = useState(props.initial);
  const { values, set, errors } = form;
  const labels = Object.fromEntries(props.fields.map((field) => [field.name, field.label])) as Record<string, string>;
  const reasonText = useReasonText();
  const messages = useFieldMessages({ labels, reasonText }, errors);
  const order = props.fields.map((field) => field.name);

  const save = (version: () => Promise<number | null>) =>
    void form.submit(props.check(values), async (typed) => {
      const at = await version();
      if (at === null) throw REMOVED();
      await props.send(typed, at, props.version === 0 ? typed : changedFields({ base, values: typed }));
      props.onDone();
    });

  return (
    <AgreementForm heading={props.heading} headingLevel={props.headingLevel} idPrefix={props.idPrefix} order={order} messages={messages}
      failure={form.failure} attempt={form.attempt} pending={form.pending} submitLabel={props.submitLabel}
      onSubmit={() => save(() => Promise.resolve(props.version))} onCancel={props.onCancel} onReload={props.onReload}
      onReapply={props.latestVersion ? () => save(props.latestVersion ?? (() => Promise.resolve(null))) : undefined}>
      {props.intro}
      {props.fields.map((field) => (
        <FormField key={field.name} id={`${props.idPrefix}-${field.name}`} label={field.label} kind={field.kind ?? "text"}
          value={values[field.name]} onChange={set(field.name)} error={messages[field.name]} required={field.required}>
          {field.options?.map((option) => (
            <option key={option.value} value={option.value}>{option.label}</option>
          ))}
        </FormField>
      ))}
    </AgreementForm>
  );
}
