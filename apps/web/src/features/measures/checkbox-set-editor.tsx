import { Alert, Button, Checkbox, Fieldset, Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConflictAlert, ErrorSummary, useVersionedForm } from "../../shared/forms";

export interface CheckboxOption<T> {
  value: T;
  label: string;
}

interface CheckboxSetEditorProps<T> {
  legend: string;
  options: ReadonlyArray<CheckboxOption<T>>;
  selected: readonly T[];
  version: number;
  /** Sends the whole new selection at a version; the server answers CONFLICT when it moved. */
  send: (values: T[], version: number) => Promise<unknown>;
  /** Fetches the measure again: the selection and version as they are now. */
  latest: () => Promise<{ selected: readonly T[]; version: number }>;
}

/**
 * A set of links kept as checkboxes (SDG tags, programme goals) saved as a whole. When someone
 * else changed the measure first, the user may reload or apply their selection again.
 */
export function CheckboxSetEditor<T extends string | number>(props: CheckboxSetEditorProps<T>) {
  const { t } = useTranslation("measures");
  const [saved, setSaved] = useState(false);
  const form = useVersionedForm({
    initial: { chosen: [...props.selected] },
    version: props.version,
    send: (_changed, version, values) => props.send(values.chosen, version),
    latest: async () => {
      const fresh = await props.latest();
      return { values: { chosen: [...fresh.selected] }, version: fresh.version };
    },
    onSaved: () => setSaved(true),
  });
  const chosen = form.values.chosen;

  return (
    <form className="stack" onSubmit={(event) => { setSaved(false); void form.submit(event); }}>
      <Fieldset>
        <Fieldset.Legend>{props.legend}</Fieldset.Legend>
        {props.options.map((option) => (
          <Checkbox
            key={String(option.value)}
            label={option.label}
            value={String(option.value)}
            checked={chosen.includes(option.value)}
            onChange={(event) =>
              form.set("chosen")(event.target.checked ? [...chosen, option.value] : chosen.filter((value) => value !== option.value))
            }
          />
        ))}
      </Fieldset>
      <ErrorSummary messages={{}} idPrefix="" problem={form.problem} subject="measure" attempt={form.attempt} />
      {form.conflict && (
        <ConflictAlert takeFocus message={t("edit.conflict")} reloadLabel={t("edit.reload")} reapplyLabel={t("edit.reapply")}
          onReload={() => void form.reload()} onReapply={() => void form.reapply()} />
      )}
      <div>
        <Button type="submit" loading={form.pending}>
          {t("links.save")}
        </Button>
      </div>
      {saved && (
        <Alert data-color="success" role="status">
          <Paragraph>{t("links.saved")}</Paragraph>
        </Alert>
      )}
    </form>
  );
}
