import { Details, Heading, Paragraph } from "@digdir/designsystemet-react";
import { SDG_GOALS } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { refusalText } from "../../shared/errors/refusal";
import { CheckboxSetEditor } from "./checkbox-set-editor";
import type { MeasureDetail } from "./types";

interface GoalOption {
  id: string;
  title: string;
}

/**
 * Editing which UN goals and which programme goals a measure serves, for those who may edit it.
 * The goals are the council's decision: in an adopted programme the server refuses them
 * (`viewer.editDefinition`), and the reason stands in place of the checkboxes.
 */
export function LinksEditor({ measure, programmeGoals }: { measure: MeasureDetail; programmeGoals: readonly GoalOption[] }) {
  const { t } = useTranslation("measures");
  const { t: forms } = useTranslation("forms");
  const goalsPermit = measure.viewer.editDefinition;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setSdg = useMutation(trpc.measures.setSdgGoals.mutationOptions());
  const setGoals = useMutation(trpc.measures.setGoals.mutationOptions());
  const key = trpc.measures.get.queryKey({ id: measure.id });

  async function latest(): Promise<MeasureDetail> {
    await queryClient.invalidateQueries({ queryKey: key });
    return queryClient.fetchQuery(trpc.measures.get.queryOptions({ id: measure.id }));
  }
  // The change shows in the measure and in its change history.
  const refreshAfter = (send: Promise<unknown>) =>
    send.then(() =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
      ]),
    );

  return (
    <section className="stack" aria-labelledby={`links-${measure.id}`}>
      <Heading level={2} data-size="sm" id={`links-${measure.id}`}>
        {t("links.editHeading")}
      </Heading>
      <Details>
        <Details.Summary>{t("links.editSdg")}</Details.Summary>
        <Details.Content>
          <CheckboxSetEditor<number>
            legend={t("links.sdgLegend")}
            options={SDG_GOALS.map((goal) => ({ value: goal, label: `${goal}. ${t(`sdgName.${goal}`)}` }))}
            selected={measure.sdgGoals}
            version={measure.version}
            send={(chosen, version) =>
              refreshAfter(
                setSdg.mutateAsync({ id: measure.id, version, sdgGoals: SDG_GOALS.filter((goal) => chosen.includes(goal)) }),
              )
            }
            latest={async () => {
              const fresh = await latest();
              return { selected: fresh.sdgGoals, version: fresh.version };
            }}
          />
        </Details.Content>
      </Details>
      <Details>
        <Details.Summary>{t("links.editGoals")}</Details.Summary>
        <Details.Content>
          {goalsPermit.allowed ? (
            <CheckboxSetEditor
              legend={t("links.goalsLegend")}
              options={programmeGoals.map((goal) => ({ value: goal.id, label: goal.title }))}
              selected={measure.goals.map((goal) => goal.id)}
              version={measure.version}
              send={(goalIds, version) => refreshAfter(setGoals.mutateAsync({ id: measure.id, version, goalIds }))}
              latest={async () => {
                const fresh = await latest();
                return { selected: fresh.goals.map((goal) => goal.id), version: fresh.version };
              }}
            />
          ) : (
            <Paragraph data-size="sm">{refusalText(forms, "measure", goalsPermit.reason ?? "")}</Paragraph>
          )}
          {goalsPermit.allowed && programmeGoals.length === 0 && <Paragraph>{t("links.noProgrammeGoals")}</Paragraph>}
        </Details.Content>
      </Details>
    </section>
  );
}
