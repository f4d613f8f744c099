import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { navigate } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { ProgrammeStatusTag } from "../programmes/programme-status-tag";
import { AdoptForm } from "./adopt-form";
import { useAdopt } from "./use-adopt";
import { ADOPTED_PARAM, SUPERSEDED } from "./versions-page";
import "./revision.css";

/** `/programmes/:id/adopt`: the decision that adopts a draft version, recorded in one form. */
export function AdoptPage({ id }: { id: string }) {
  const { t } = useTranslation(["revision", "common"]);
  const trpc = useTRPC();
  const programme = useQuery(trpc.programmes.get.queryOptions({ id }));
  // The body that adopted the version before is the likeliest to adopt this one too.
  const predecessorId = programme.data?.predecessorId ?? "";
  const predecessor = useQuery({ ...trpc.programmes.get.queryOptions({ id: predecessorId }), enabled: Boolean(predecessorId) });
  const heading = programme.data ? t("adopt.heading", { revision: programme.data.revision }) : undefined;
  useDocumentTitle(programme.isError ? t("common:errors.heading") : heading);
  const { adopt, pending } = useAdopt({
    programmeId: id, councilId: programme.data?.owner.id ?? "", title: programme.data?.title ?? "",
  });

  if (programme.isPending || (predecessorId && predecessor.isPending)) return <Loading />;
  if (programme.isError) return <ErrorAlert error={programme.error} headingLevel={1} />;

  const { data } = programme;
  const back = () => navigate(hrefFor({ name: "programme", id }));
  return (
    <div className="stack">
      <div className="stack">
        <Paragraph className="meta" lang={data.owner.languageForm}>
          {data.title}
        </Paragraph>
        <Heading level={1} data-size="lg">
          {heading}
        </Heading>
        <div>
          <ProgrammeStatusTag status={data.status} />
        </div>
      </div>
      {data.status !== "draft" ? (
        <Alert data-color="info">
          <Paragraph>{t("adopt.notDraft")}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>
            {t("adopt.intro")} {data.predecessorId && t("adopt.introSupersedes")}
          </Paragraph>
          <AdoptForm
            councilId={data.owner.id}
            initial={{ heldOn: "", meetingId: "", body: predecessor.data?.adoption?.body ?? "", caseNumber: "", text: "" }}
            pending={pending}
            onCancel={back}
            onSubmit={async (values) => {
              const decision = await adopt(values);
              const superseded = decision.adoption?.supersededId ? SUPERSEDED : "1";
              navigate(`${hrefFor({ name: "programmeVersions", id })}?${ADOPTED_PARAM}=${superseded}`);
            }}
          />
        </>
      )}
    </div>
  );
}
