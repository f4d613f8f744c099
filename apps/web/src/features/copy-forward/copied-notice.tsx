import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useSearch } from "../../shared/router/navigation";

// After copy forward the reader lands on the new draft; the address carries what was copied,
// so the notice survives a reload and disappears on the next navigation.

export const COPIED_PARAM = "copied";

export interface CopiedCounts {
  focusAreas: number;
  subThemes: number;
  goals: number;
  measures: number;
}

export function copiedSearch(counts: CopiedCounts): string {
  return `?${COPIED_PARAM}=${counts.focusAreas}-${counts.subThemes}-${counts.goals}-${counts.measures}`;
}

/** The counts from the address, or null when there are none (or they were mangled). */
export function copiedCounts(search: string): CopiedCounts | null {
  const match = /^(\d+)-(\d+)-(\d+)-(\d+)$/.exec(new URLSearchParams(search).get(COPIED_PARAM) ?? "");
  if (!match) return null;
  return { focusAreas: Number(match[1]), subThemes: Number(match[2]), goals: Number(match[3]), measures: Number(match[4]) };
}

export function CopiedNoticeView({ counts }: { counts: CopiedCounts }) {
  const { t } = useTranslation("copy-forward");
  const focusAreas = t("notice.focusAreas", { count: counts.focusAreas });
  return (
    <Alert data-color="success" role="status">
      <Heading level={2} data-size="xs">
        {t("notice.heading")}
      </Heading>
      <Paragraph>
        {t("notice.copied", {
          focusAreas: counts.subThemes > 0 ? t("notice.withSubThemes", { focusAreas, count: counts.subThemes }) : focusAreas,
          goals: t("notice.goals", { count: counts.goals }),
          measures: t("notice.measures", { count: counts.measures }),
        })}
      </Paragraph>
    </Alert>
  );
}

/** On a programme's page: what copy forward brought over, when the reader just made it. */
export function CopiedNotice() {
  const counts = copiedCounts(useSearch());
  return counts ? <CopiedNoticeView counts={counts} /> : null;
}
