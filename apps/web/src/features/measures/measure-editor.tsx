import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { UpdateMeasureInputSchema } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { schemaProblems, useVersionedForm } from "../../shared/forms";
import { useFocusReturn } from "../../shared/ui/focus";
import { patchOf, valuesOf } from "./edit-values";
import { MeasureEditForm } from "./measure-edit-form";
import type { MeasureDetail } from "./types";

/**
 * The "edit" button and, once pressed, the form in place of it; saving refreshes the page's
 * data. `definitionEditable` is the server's word on title and description (not in an adopted
 * programme); status, progress and dates are follow-up and always open to those who edit.
 */
export function MeasureEditor({ measure, definitionEditable }: { measure: MeasureDetail; definitionEditable: boolean }) {
  const { t } = useTranslation("measures");
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  useFocusReturn(open, editButton);

  if (!open) {
    return (
      <div className="stack">
        {saved && (
          <Alert data-color="success" role="status">
            <Paragraph>{t("edit.saved")}</Paragraph>
          </Alert>
        )}
        <div>
          <Button ref={editButton} type="button" variant="secondary" onClick={() => { setSaved(false); setOpen(true); }}>
            {t("edit.open")}
          </Button>
        </div>
      </div>
    );
  }
  return <OpenEditor measure={measure} definitionEditable={definitionEditable} onDone={(done) => { setOpen(false); setSaved(done); }} />;
}

/** The form's state lives while it is open: it starts from the measure as it is when opened. */
function OpenEditor({ measure, definitionEditable, onDone }: { measure: MeasureDetail; definitionEditable: boolean; onDone: (saved: boolean) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.measures.update.mutationOptions());
  const key = trpc.measures.get.queryKey({ id: measure.id });
  const form = useVersionedForm({
    initial: valuesOf(measure),
    version: measure.version,
    required: definitionEditable ? ["title", "progress"] : ["progress"],
    check: (values) => schemaProblems(UpdateMeasureInputSchema, { id: measure.id, version: measure.version, ...patchOf(values) }),
    send: (changed, version) => update.mutateAsync({ id: measure.id, version, ...patchOf(changed) }),
    latest: async () => {
      await queryClient.invalidateQueries({ queryKey: key });
      const fresh = await queryClient.fetchQuery(trpc.measures.get.queryOptions({ id: measure.id }));
      return { values: valuesOf(fresh), version: fresh.version };
    },
    onSaved: () => {
      onDone(true);
      void Promise.all([queryClient.invalidateQueries({ queryKey: key }), queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() })]);
    },
  });
  return <MeasureEditForm form={form} definitionEditable={definitionEditable} onCancel={() => onDone(false)} />;
}
