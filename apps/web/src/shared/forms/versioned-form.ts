import type { FieldProblems } from "./field-problems";
import { blankProblems } from "./field-problems";
import { formProblemOf, type FormProblem, type FormProblemOptions } from "./form-problem";

// How an edit of a versioned row is sent, with no React in it: only the fields the user changed
// go to the server, at the version the user started from. After a version conflict, "reload"
// starts again from the server's row, and "apply again" puts this user's changes on top of it —
// never the fields the user did not touch, which would undo someone else's change to them.

/** The row as the server holds it: the form's values and the version they were read at. */
export interface Snapshot<V> {
  values: V;
  version: number;
}

export interface VersionedState<V> {
  /** The values the user started from. */
  base: V;
  /** The values on screen. */
  values: V;
  version: number;
}

export type Outcome<R> =
  | { kind: "invalid"; fields: FieldProblems }
  | { kind: "unchanged" }
  | { kind: "saved"; result: R }
  | { kind: "refused"; problem: FormProblem };

export interface Sending<V, R> {
  /** Fields that must not be left blank. */
  required?: readonly (keyof V & string)[];
  /** The domain schema's check of the values before sending (`schemaProblems`). */
  check?: (values: V) => FieldProblems;
  /** Sends the changed fields at the version read; `values` are all of them, for what the call derives from them. */
  send: (changed: Partial<V>, version: number, values: V) => Promise<R>;
  /** How the server's issues map onto the form's fields. */
  problemOptions?: FormProblemOptions;
}

export function startingFrom<V>(snapshot: Snapshot<V>): VersionedState<V> {
  return { base: snapshot.values, values: snapshot.values, version: snapshot.version };
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Only what the user changed from the values they started from. */
export function changedFields<V extends object>(state: Pick<VersionedState<V>, "base" | "values">): Partial<V> {
  const keys = Object.keys(state.values) as (keyof V)[];
  return Object.fromEntries(keys.filter((key) => !same(state.values[key], state.base[key])).map((key) => [key, state.values[key]])) as Partial<V>;
}

/** An update's input cut down to the fields the user changed (the input names them as the form does). */
export function onlyChanged<I extends object>(input: I, changed: object): Partial<I> {
  return Object.fromEntries(Object.entries(input).filter(([field]) => field in changed)) as Partial<I>;
}

/** "Apply again": this user's changes on top of the server's latest values, at its version. */
export function reapplied<V extends object>(state: VersionedState<V>, latest: Snapshot<V>): VersionedState<V> {
  return { base: latest.values, values: { ...latest.values, ...changedFields(state) }, version: latest.version };
}

/** The version a save answered with (the updated row), when it did. */
function versionOf(result: unknown): number | null {
  const version = (result as { version?: unknown } | null)?.version;
  return typeof version === "number" ? version : null;
}

/** After a save: what was sent is the new base; what the user typed meanwhile stays on screen. */
export function savedState<V extends object>(current: VersionedState<V>, sent: VersionedState<V>, result: unknown): VersionedState<V> {
  return { base: sent.values, values: current.values, version: versionOf(result) ?? current.version };
}

/** Checks the values, then sends what changed; a refusal is read by `formProblemOf`. */
export async function sendChanges<V extends object, R>(state: VersionedState<V>, sending: Sending<V, R>): Promise<Outcome<R>> {
  const fields = { ...sending.check?.(state.values), ...blankProblems(state.values, sending.required ?? []) };
  if (Object.keys(fields).length > 0) return { kind: "invalid", fields };
  const changed = changedFields(state);
  if (Object.keys(changed).length === 0) return { kind: "unchanged" };
  try {
    return { kind: "saved", result: await sending.send(changed, state.version, state.values) };
  } catch (error) {
    return { kind: "refused", problem: formProblemOf(error, sending.problemOptions) };
  }
}
