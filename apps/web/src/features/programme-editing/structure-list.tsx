import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { formProblemOf, type FormProblem } from "../../shared/forms";
import type { ProgrammeDetail } from "../programmes/types";
import { EditItemForm } from "./edit-item-form";
import { ItemProblem } from "./item-problem";
import { MoveControls, moveButtonId, type Movable } from "./move-controls";
import { RemoveItem } from "./remove-item";
import { areaItem, goalItem, type StructureItem } from "./structure-items";
import { useDragToMove } from "./use-drag-to-move";
import { useMoveItem } from "./use-move-item";

type Area = ProgrammeDetail["focusAreas"][number];
type Measure = ProgrammeDetail["unassignedMeasures"][number];
type Action = { mode: "edit" | "remove"; id: string };
type Move = { item: Movable; to: number; direction?: "up" | "down" };

/**
 * The draft's focus areas, sub-themes, goals and measures as a nested list. Focus areas,
 * sub-themes and goals have "edit" and "remove"; every item moves within its own list by its
 * "move up" / "move down" buttons or by dragging its row onto another. One item is edited or
 * removed at a time; the outcome is announced in the status region.
 */
export function StructureList({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation("programme-editing");
  const headingId = useId();
  const [action, setAction] = useState<Action | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (text: string) => { setAction(null); setNotice(text); };
  const mover = useMoveItem(programme.id);
  const [moveProblem, setMoveProblem] = useState<{ problem: FormProblem; move: Move } | null>(null);

  async function move(next: Move, send: () => Promise<void>) {
    if (mover.pending) return;
    setNotice(null);
    setMoveProblem(null);
    const { item, to, direction } = next;
    try {
      await send();
      const key = direction === "up" ? "structure.movedUp" : direction === "down" ? "structure.movedDown" : "structure.movedTo";
      setNotice(t(key, { title: item.title, place: to + 1 }));
    } catch (error) {
      setMoveProblem({ problem: formProblemOf(error), move: next });
    }
    // The row may have been moved in the page, which takes the focus from its button: give it back.
    if (direction) requestAnimationFrame(() => document.getElementById(moveButtonId(item.id, direction))?.focus());
  }
  const onMove = (item: Movable, to: number, direction?: "up" | "down") =>
    void move({ item, to, direction }, () => mover.send(programme, item.kind, item.id, to));
  const drag = useDragToMove((item, to) => onMove(item, to));

  const controls = (item: Movable, list: string) => ({ movable: item, list });
  const row = (label: string, place: { movable: Movable; list: string }, item?: StructureItem) => (
    <div className="stack">
      <div className="programme-editing-row" {...drag.rowProps(place.movable, place.list)}>
        <span className="programme-editing-handle" aria-hidden="true" title={t("structure.dragNamed", { title: place.movable.title })}>⠿</span>
        <span>{label}</span>
        {item && (
          <>
            <Button type="button" variant="tertiary" data-size="sm" aria-label={t("structure.editNamed", { title: item.title })}
              onClick={() => { setNotice(null); setAction({ mode: "edit", id: item.id }); }}>
              {t("structure.edit")}
            </Button>
            <Button type="button" variant="tertiary" data-size="sm" aria-label={t("structure.removeNamed", { title: item.title })}
              onClick={() => { setNotice(null); setAction({ mode: "remove", id: item.id }); }}>
              {t("structure.remove")}
            </Button>
          </>
        )}
        <MoveControls item={place.movable} pending={mover.pending} onMove={onMove} />
      </div>
      {item && action?.id === item.id && action.mode === "edit" && (
        <EditItemForm programmeId={programme.id} item={item} onCancel={() => setAction(null)}
          onSaved={(title) => done(t("structure.saved", { title }))} />
      )}
      {item && action?.id === item.id && action.mode === "remove" && (
        <RemoveItem programmeId={programme.id} item={item} onCancel={() => setAction(null)}
          onRemoved={(title) => done(t("structure.removed", { title }))} />
      )}
    </div>
  );
  const at = <T extends { id: string; title: string }>(kind: Movable["kind"], list: readonly T[], item: T, index: number): Movable =>
    ({ kind, id: item.id, title: item.title, index, count: list.length });
  const goals = (list: ProgrammeDetail["unassignedGoals"], parent: string) =>
    list.map((goal, index) => (
      <li key={goal.id}>{row(t("structure.goalLabel", { title: goal.title }), controls(at("goal", list, goal, index), `goals:${parent}`), goalItem(goal))}</li>
    ));
  const measures = (list: readonly Measure[], parent: string) =>
    list.map((measure, index) => (
      <li key={measure.id}>
        {row(t("structure.measureLabel", { number: measure.number, title: measure.title }), controls(at("measure", list, measure, index), `measures:${parent}`))}
      </li>
    ));
  const areas = (list: readonly Area[], parent: string) =>
    list.map((area, index) => (
      <li key={area.id}>
        {row(area.title, controls(at("focusArea", list, area, index), `areas:${parent}`), areaItem(area))}
        {(area.goals.length > 0 || area.children.length > 0 || area.measures.length > 0) && (
          <ul className="programme-editing-tree">{goals(area.goals, area.id)}{areas(area.children, area.id)}{measures(area.measures, area.id)}</ul>
        )}
      </li>
    ));
  const empty = programme.focusAreas.length + programme.unassignedGoals.length + programme.unassignedMeasures.length === 0;

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
          onReapply={() => void move(moveProblem.move, () => mover.again(moveProblem.move.item.kind, moveProblem.move.item.id, moveProblem.move.to))} />
      )}
      {empty ? (
        <Paragraph data-size="sm">{t("structure.empty")}</Paragraph>
      ) : (
        <ul className="programme-editing-tree" aria-labelledby={headingId}>
          {areas(programme.focusAreas, "top")}
          {goals(programme.unassignedGoals, "top")}
          {measures(programme.unassignedMeasures, "top")}
        </ul>
      )}
    </div>
  );
}
