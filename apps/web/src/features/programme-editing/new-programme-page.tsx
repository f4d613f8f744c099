import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { useCurrentUser } from "../auth/use-auth";
import { canRevise } from "../revision/can-revise";
import { NewProgrammeForm } from "./new-programme-form";
import { NewStrategySection } from "./new-strategy-section";

/**
 * `/programmes/new`: the secretariat opens its council's next action programme, and may first
 * write down a new strategy for it to belong to. Others are told plainly it is not theirs to do.
 */
export function NewProgrammePage() {
  const { t } = useTranslation("programme-editing");
  const me = useCurrentUser();
  const [strategyId, setStrategyId] = useState("");
  useDocumentTitle(t("newProgramme.heading"));
  if (me.isPending) return <Loading />;
  const council = me.data?.organisation;
  const allowed = Boolean(council) && canRevise(me.data, council?.id ?? "");
  return (
    <>
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t("newProgramme.heading")}
        </Heading>
        {allowed && council && <Paragraph>{t("newProgramme.intro", { council: council.name })}</Paragraph>}
      </div>
      {allowed && council ? (
        <>
          <NewStrategySection councilId={council.id} onCreated={(strategy) => setStrategyId(strategy.id)} />
          <NewProgrammeForm councilId={council.id} strategyId={strategyId} onStrategyChange={setStrategyId} />
        </>
      ) : (
        <Alert data-color="warning">
          <Paragraph>{t("newProgramme.notAllowed")}</Paragraph>
        </Alert>
      )}
    </>
  );
}
