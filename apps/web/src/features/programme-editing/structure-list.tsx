import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProgrammeDetail } from "../programmes/types";
import { formProblemOf, type FormProblem } from "../../shared/forms";
import { EditItemForm } from "./edit-item-form";
import type { Direction } from "./focus-area-order";
import { ItemProblem } from "./item-problem";
import { RemoveItem } from "./remove-item";
import { areaItem, goalItem, type StructureItem } from "./structure-items";
import { useMoveFocusArea } from "./use-move-focus-area";

type Area = ProgrammeDetail["focusAreas"][number];
type Action = { mode: "edit" | "remove"; id: string };

/**
 * The draft's focus areas, sub-themes and goals as a nested list, each with "edit" and "remove",
 * focus areas also with "move up" and "move down" among their siblings. One item is edited or
 * removed at a time; the outcome is announced in the status region.
 */
export function StructureList({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation("programme-editing");
  const headingId = useId();
  const [action, setAction] = useState<Action | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (text: string) => { setAction(null); setNotice(text); };
  const mover = useMoveFocusArea(programme.id);
  const [moveProblem, setMoveProblem] = useState<{ problem: FormProblem; item: StructureItem; direction: Direction } | null>(null);

  async function move(item: StructureItem, direction: Direction, send: () => Promise<void>) {
    if (mover.pending) return;
    setNotice(null);
    setMoveProblem(null);
    try {
      await send();
      setNotice(t(direction === "up" ? "structure.movedUp" : "structure.movedDown", { title: item.title }));
    } catch (error) {
      setMoveProblem({ problem: formProblemOf(error), item, direction });
    }
    // The row may have been moved in the page, which takes the focus from its button: give it back.
    requestAnimationFrame(() => document.getElementById(moveButtonId(item.id, direction))?.focus());
  }
  const moveButton = (item: StructureItem, direction: Direction, possible: boolean) => (
    <Button id={moveButtonId(item.id, direction)} type="button" variant="tertiary" data-size="sm"
      aria-label={t(direction === "up" ? "structure.moveUpNamed" : "structure.moveDownNamed", { title: item.title })}
      // Disabled but focusable at either end, so the focus stays put after the last step.
      aria-disabled={!possible || mover.pending || undefined}
      onClick={() => possible && void move(item, direction, () => mover.send(programme.focusAreas, item.id, direction))}>
      {t(direction === "up" ? "structure.moveUp" : "structure.moveDown")}
    </Button>
  );

  const row = (item: StructureItem, place?: { first: boolean; last: boolean }) => (
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
        {place && moveButton(item, "up", !place.first)}
        {place && moveButton(item, "down", !place.last)}
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
    list.map((area, index) => (
      <li key={area.id}>
        {row(areaItem(area), { first: index === 0, last: index === list.length - 1 })}
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
      {moveProblem && (
        <ItemProblem problem={moveProblem.problem} onReload={() => { setMoveProblem(null); void mover.reload(); }}
          onReapply={() => void move(moveProblem.item, moveProblem.direction, () => mover.again(moveProblem.item.id, moveProblem.direction))} />
      )}
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

const moveButtonId = (id: string, direction: Direction) => `move-${direction}-${id}`;
