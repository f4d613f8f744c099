import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Fragment, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import type { ProgrammeDetail } from "../programmes/types";
import { AddFocusAreaForm } from "./add-focus-area-form";
import { AddGoalForm } from "./add-goal-form";
import { AddMeasureForm } from "./add-measure-form";
import { AdoptedNotice } from "./adopted-notice";
import { PasteList } from "./paste-list";
import type { PasteTarget } from "./paste-plan";
import { ProgrammeDetailsForm } from "./programme-details-form";
import { StructureList } from "./structure-list";

type Form = "details" | "measure" | "focusArea" | "goal" | `paste-${PasteTarget}`;
type Notice = { text: string; measureId?: string; focus?: boolean };
const PASTE_TARGETS: readonly PasteTarget[] = ["structure", "goals", "measures"];

/**
 * The editing controls and forms of a programme for one the server lets change it
 * (`programme-editing.tsx` decides): its own chunk, with the forms layer, so a reader who may
 * not edit never downloads it.
 */
export function ProgrammeEditor({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation("programme-editing");
  const { t: paste } = useTranslation("paste-entry");
  const headingId = useId();
  const noticeRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<Form | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { viewer } = programme;
  // After a paste the form closes: the focus goes to what it added, said in the status message.
  useEffect(() => {
    if (notice?.focus) noticeRef.current?.focus();
  }, [notice]);

  const toggle = (form: Form) => {
    setNotice(null);
    setOpen((current) => (current === form ? null : form));
  };
  // "Save and add another" keeps the form open; the status message says what was added.
  const done = (next: Notice, another = false) => {
    if (!another) setOpen(null);
    setNotice(next);
  };
  const button = (form: Form, label: string) => (
    <Button type="button" variant={open === form ? "primary" : "secondary"} data-size="sm" aria-expanded={open === form} onClick={() => toggle(form)}>
      {label}
    </Button>
  );

  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("section.heading", { context: programme.owner.country })}
      </Heading>
      {!viewer.editStructure.allowed && viewer.editStructure.reason && <AdoptedNotice programme={programme} reason={viewer.editStructure.reason} />}
      {viewer.editStructure.allowed && (
        <div className="programme-editing-buttons">
          {button("details", t("details.open"))}
          {viewer.addMeasure.allowed && button("measure", t("section.addMeasure"))}
          {button("focusArea", t("section.addFocusArea"))}
          {button("goal", t("section.addGoal"))}
          {PASTE_TARGETS.filter((target) => target !== "measures" || viewer.addMeasure.allowed).map((target) => (
            <Fragment key={target}>{button(`paste-${target}`, paste(`open.${target}`))}</Fragment>
          ))}
        </div>
      )}
      <div role="status">
        {notice && (
          <Alert data-color="success" ref={noticeRef} tabIndex={-1}>
            <Paragraph>
              {notice.text}{" "}
              {notice.measureId && <AppLink href={hrefFor({ name: "measure", id: notice.measureId })}>{t("measure.open")}</AppLink>}
            </Paragraph>
          </Alert>
        )}
      </div>
      {open === "details" && (
        <ProgrammeDetailsForm programme={programme} onCancel={() => setOpen(null)} onSaved={() => done({ text: t("details.saved") })} />
      )}
      {open === "measure" && (
        <AddMeasureForm programme={programme} onCancel={() => setOpen(null)}
          onAdded={(measure, another) => done({ text: t("measure.added", { title: measure.title }), measureId: measure.id }, another)} />
      )}
      {open === "focusArea" && (
        <AddFocusAreaForm programme={programme} onCancel={() => setOpen(null)} onAdded={(title, another) => done({ text: t("focusArea.added", { title }) }, another)} />
      )}
      {open === "goal" && (
        <AddGoalForm programme={programme} onCancel={() => setOpen(null)} onAdded={(title, another) => done({ text: t("goal.added", { title }) }, another)} />
      )}
      {PASTE_TARGETS.map((target) => open === `paste-${target}` && (
        <PasteList key={target} target={target} programme={programme} onCancel={() => setOpen(null)}
          onAdded={(text) => done({ text, focus: true })} />
      ))}
      {viewer.editStructure.allowed && <StructureList programme={programme} />}
    </section>
  );
}
