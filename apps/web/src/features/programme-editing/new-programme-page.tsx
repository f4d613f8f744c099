import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { useNavigation } from "../home/use-navigation";
import { NewProgrammeForm } from "./new-programme-form";
import { NewStrategySection } from "./new-strategy-section";

/**
 * `/programmes/new`: the secretariat opens its council's next action programme, and may first
 * write down a new strategy for it to belong to. Others are told plainly it is not theirs to do.
 */
export function NewProgrammePage() {
  const { t } = useTranslation("programme-editing");
  const navigation = useNavigation();
  const [strategyId, setStrategyId] = useState("");
  useDocumentTitle(t("newProgramme.heading"));
  if (navigation.isPending) return <Loading />;
  // The council whose programmes the reader may start, as the server says (its secretariat).
  const council = navigation.councils.find((candidate) => candidate.viewer.createProgramme.allowed);
  return (
    <>
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t("newProgramme.heading")}
        </Heading>
        {council && <Paragraph>{t("newProgramme.intro", { council: council.name })}</Paragraph>}
      </div>
      {council ? (
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
