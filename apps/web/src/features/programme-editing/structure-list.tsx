import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProgrammeDetail } from "../programmes/types";
import { EditItemForm } from "./edit-item-form";
import { RemoveItem } from "./remove-item";
import { areaItem, goalItem, type StructureItem } from "./structure-items";

type Area = ProgrammeDetail["focusAreas"][number];
type Action = { mode: "edit" | "remove"; id: string };

/**
 * The draft's focus areas, sub-themes and goals as a nested list, each with "edit" and "remove".
 * One item is edited or removed at a time; the outcome is announced in the status region.
 */
export function StructureList({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation("programme-editing");
  const headingId = useId();
  const [action, setAction] = useState<Action | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (text: string) => { setAction(null); setNotice(text); };

  const row = (item: StructureItem) => (
    <div className="stack">
      <div className="programme-editing-row">
        <span>{item.kind === "goal" ? t("structure.goalLabel", { title: item.title }) : item.title}</span>
        <Button type="button" variant="tertiary" data-size="sm" aria-label={t("structure.editNamed", { title: item.title })}
          onClick={() => { setNotice(null); setAction({ mode: "edit", id: item.id }); }}>
          {t("structure.edit")}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" aria-label={t("structure.removeNamed", { title: item.title })}
          onClick={() => { setNotice(null); setAction({ mode: "remove", id: item.id }); }}>
          {t("structure.remove")}
        </Button>
      </div>
      {action?.id === item.id && action.mode === "edit" && (
        <EditItemForm programmeId={programme.id} item={item} onCancel={() => setAction(null)}
          onSaved={(title) => done(t("structure.saved", { title }))} />
      )}
      {action?.id === item.id && action.mode === "remove" && (
        <RemoveItem programmeId={programme.id} item={item} onCancel={() => setAction(null)}
          onRemoved={(title) => done(t("structure.removed", { title }))} />
      )}
    </div>
  );
  const goals = (list: ProgrammeDetail["unassignedGoals"]) => list.map((goal) => <li key={goal.id}>{row(goalItem(goal))}</li>);
  const areas = (list: readonly Area[]) =>
    list.map((area) => (
      <li key={area.id}>
        {row(areaItem(area))}
        {(area.goals.length > 0 || area.children.length > 0) && <ul className="programme-editing-tree">{goals(area.goals)}{areas(area.children)}</ul>}
      </li>
    ));

  return (
    <div className="stack">
      <Heading level={3} data-size="xs" id={headingId}>{t("structure.heading")}</Heading>
      <div role="status">
        {notice && (
          <Alert data-color="success">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
      </div>
      {programme.focusAreas.length + programme.unassignedGoals.length === 0 ? (
        <Paragraph data-size="sm">{t("structure.empty")}</Paragraph>
      ) : (
        <ul className="programme-editing-tree" aria-labelledby={headingId}>
          {areas(programme.focusAreas)}
          {goals(programme.unassignedGoals)}
        </ul>
      )}
    </div>
  );
}
