import { Alert, Button, Checkbox, Fieldset, Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SaveProblem } from "./save-problem";
import { useVersionedSave } from "./use-versioned-save";

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
  /** Fetches the measure again and answers its current version. */
  reload: () => Promise<number>;
}

/**
 * A set of links kept as checkboxes (SDG tags, programme goals) saved as a whole. When someone
 * else changed the measure first, the user may reload or apply their selection again.
 */
export function CheckboxSetEditor<T extends string | number>(props: CheckboxSetEditorProps<T>) {
  const { t } = useTranslation("measures");
  const [chosen, setChosen] = useState<T[]>([...props.selected]);
  const [saved, setSaved] = useState(false);
  const { pending, problem, save, reset } = useVersionedSave<T[]>(props.send);

  async function submit(version: number) {
    setSaved(false);
    setSaved(await save(chosen, version));
  }

  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(props.version);
      }}
    >
      <Fieldset>
        <Fieldset.Legend>{props.legend}</Fieldset.Legend>
        {props.options.map((option) => (
          <Checkbox
            key={String(option.value)}
            label={option.label}
            value={String(option.value)}
            checked={chosen.includes(option.value)}
            onChange={(event) =>
              setChosen((old) =>
                event.target.checked ? [...old, option.value] : old.filter((value) => value !== option.value),
              )
            }
          />
        ))}
      </Fieldset>
      {problem && (
        <SaveProblem
          problem={problem}
          onReload={() => {
            reset();
            void props.reload();
          }}
          onReapply={() => void props.reload().then((version) => submit(version))}
        />
      )}
      <div>
        <Button type="submit" loading={pending}>
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
