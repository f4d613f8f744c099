import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { UpdateMeasureInputSchema } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending } from "../../shared/forms";
import { useFocusReturn } from "../../shared/ui/focus";
import { patchOf, valuesOf, type MeasureValues } from "./edit-values";
import { MeasureEditForm } from "./measure-edit-form";
import type { MeasureDetail } from "./types";
import { useVersionedSave } from "./use-versioned-save";

/**
 * The "edit" button and, once pressed, the form in place of it; saving refreshes the page's
 * data. `definitionEditable` is the server's word on title and description (not in an adopted
 * programme); status, progress and dates are follow-up and always open to those who edit.
 */
export function MeasureEditor({ measure, definitionEditable }: { measure: MeasureDetail; definitionEditable: boolean }) {
  const { t } = useTranslation("measures");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  useFocusReturn(open, editButton);
  const [saved, setSaved] = useState(false);
  // The values the form started from: a re-apply sends only what the user changed from them.
  const [base, setBase] = useState<MeasureValues>(() => valuesOf(measure));
  const [formKey, setFormKey] = useState(0);
  const update = useMutation(trpc.measures.update.mutationOptions());
  const key = trpc.measures.get.queryKey({ id: measure.id });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: key }),
      queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
    ]);
  const { pending, problem, save, reset } = useVersionedSave<MeasureValues>((values, version) =>
    update.mutateAsync({ id: measure.id, version, ...patchOf(base, values) }),
  );

  async function done(ok: boolean) {
    if (!ok) return;
    setOpen(false);
    setSaved(true);
    await refresh();
  }

  async function latest(): Promise<MeasureDetail> {
    await queryClient.invalidateQueries({ queryKey: key });
    return queryClient.fetchQuery(trpc.measures.get.queryOptions({ id: measure.id }));
  }

  if (!open) {
    return (
      <div className="stack">
        {saved && (
          <Alert data-color="success" role="status">
            <Paragraph>{t("edit.saved")}</Paragraph>
          </Alert>
        )}
        <div>
          <Button
            ref={editButton}
            type="button"
            variant="secondary"
            onClick={() => {
              setBase(valuesOf(measure));
              setSaved(false);
              reset();
              setOpen(true);
            }}
          >
            {t("edit.open")}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <MeasureEditForm
      key={formKey}
      initial={base}
      definitionEditable={definitionEditable}
      check={(values) => checkBeforeSending(UpdateMeasureInputSchema, { id: measure.id, version: measure.version, ...patchOf(base, values) }, values,
        definitionEditable ? ["title", "progress"] : ["progress"])}
      pending={pending}
      problem={problem}
      onSave={async (values) => done(await save(values, measure.version))}
      onCancel={() => setOpen(false)}
      onReload={async () => {
        const fresh = await latest();
        setBase(valuesOf(fresh));
        reset();
        setFormKey((n) => n + 1);
      }}
      onReapply={async (values) => {
        const fresh = await latest();
        done(await save(values, fresh.version));
      }}
    />
  );
}
