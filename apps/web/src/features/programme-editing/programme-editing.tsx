import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { useCurrentUser } from "../auth/use-auth";
import type { ProgrammeDetail } from "../programmes/types";
import { canRevise } from "../revision/can-revise";
import { AddFocusAreaForm } from "./add-focus-area-form";
import { AddGoalForm } from "./add-goal-form";
import { AddMeasureForm } from "./add-measure-form";
import { StructureList } from "./structure-list";

type Form = "measure" | "focusArea" | "goal";
type Notice = { text: string; measureId?: string };

/**
 * The secretariat's additions to its council's programme. Measures may be added to a draft or
 * an adopted programme; focus areas and goals only to a draft (the adopted text is the decision's),
 * where they can also be edited and removed.
 * Adopting a draft is the revision feature's page, linked from the programme header.
 */
export function ProgrammeEditing({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation("programme-editing");
  const user = useCurrentUser();
  const headingId = useId();
  const [open, setOpen] = useState<Form | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  if (!canRevise(user.data, programme.owner.id) || programme.status === "superseded") return null;
  const draft = programme.status === "draft";

  const toggle = (form: Form) => {
    setNotice(null);
    setOpen((current) => (current === form ? null : form));
  };
  const done = (next: Notice) => {
    setOpen(null);
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
        {t("section.heading")}
      </Heading>
      <div className="programme-editing-buttons">
        {button("measure", t("section.addMeasure"))}
        {draft && button("focusArea", t("section.addFocusArea"))}
        {draft && button("goal", t("section.addGoal"))}
      </div>
      <div role="status">
        {notice && (
          <Alert data-color="success">
            <Paragraph>
              {notice.text}{" "}
              {notice.measureId && <AppLink href={hrefFor({ name: "measure", id: notice.measureId })}>{t("measure.open")}</AppLink>}
            </Paragraph>
          </Alert>
        )}
      </div>
      {open === "measure" && (
        <AddMeasureForm programme={programme} onCancel={() => setOpen(null)}
          onAdded={(measure) => done({ text: t("measure.added", { title: measure.title }), measureId: measure.id })} />
      )}
      {open === "focusArea" && (
        <AddFocusAreaForm programme={programme} onCancel={() => setOpen(null)} onAdded={(title) => done({ text: t("focusArea.added", { title }) })} />
      )}
      {open === "goal" && (
        <AddGoalForm programme={programme} onCancel={() => setOpen(null)} onAdded={(title) => done({ text: t("goal.added", { title }) })} />
      )}
      {draft && <StructureList programme={programme} />}
    </section>
  );
}
