import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQueries } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { Loading } from "../../shared/ui/loading";
import { MeetingsTable } from "./meetings-table";
import type { MeetingListItem } from "./types";
import type { CouncilChoice } from "./use-my-councils";

// Each council's list is asked for on its own (one batched request); a county has some ten
// councils, each with a few meetings a year, so one page holds them all.
const PER_COUNCIL = 200;

/** The meetings of every council on offer, newest first, each with the council it belongs to. */
export function AllCouncilsMeetings({ councils }: { councils: readonly CouncilChoice[] }) {
  const { t } = useTranslation("meetings");
  const trpc = useTRPC();
  const headingId = useId();
  const lists = useQueries({
    queries: councils.map((council) => trpc.meetings.list.queryOptions({ councilId: council.id, limit: PER_COUNCIL, offset: 0 })),
  });
  const failed = lists.find((list) => list.isError);
  const pending = lists.some((list) => list.isPending);
  const meetings: MeetingListItem[] = lists
    .flatMap((list) => list.data?.items ?? [])
    .sort((a, b) => b.heldOn.localeCompare(a.heldOn) || a.title.localeCompare(b.title));
  const names = new Map(councils.map((council) => [council.id, council.name]));
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("list.allCouncils")}
      </Heading>
      {pending && <Loading />}
      {failed?.error && <ErrorAlert error={failed.error} headingLevel={3} />}
      {!pending && !failed && meetings.length === 0 && <Paragraph>{t("list.empty")}</Paragraph>}
      {!pending && meetings.length > 0 && (
        <>
          <Paragraph className="meta">{t("list.caption", { count: meetings.length })}</Paragraph>
          <MeetingsTable meetings={meetings} labelledBy={headingId} councilName={(id) => names.get(id)} />
        </>
      )}
    </section>
  );
}
