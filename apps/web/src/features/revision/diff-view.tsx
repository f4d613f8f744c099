import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { DiffSection } from "./diff-section";
import type { ProgrammeDiff } from "./types";
import "./revision.css";

interface DiffViewProps {
  diff: Pick<ProgrammeDiff, "focusAreas" | "goals" | "measures">;
  /** The programme's own language form, for its titles and texts. */
  contentLang: string;
}

function titlesOf(diff: DiffViewProps["diff"]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const entity of [diff.focusAreas, diff.goals]) {
    const rows = [...entity.added, ...entity.removed, ...entity.changed.flatMap((e) => [e.previous, e.next]),
      ...entity.carriedForward.flatMap((e) => [e.previous, e.next])];
    for (const row of rows) titles.set(row.id, row.title);
  }
  return titles;
}

/** What changed between two versions: focus areas, goals and measures, each in four groups. */
export function DiffView({ diff, contentLang }: DiffViewProps) {
  const { t } = useTranslation(["revision", "domain"]);
  const { language } = useLanguage();
  const context = { t, language, titles: titlesOf(diff) };
  return (
    <>
      <DiffSection heading={t("diff.focusAreas")} diff={diff.focusAreas} context={context} contentLang={contentLang} />
      <DiffSection heading={t("diff.goals")} diff={diff.goals} context={context} contentLang={contentLang} />
      <DiffSection heading={t("diff.measures")} diff={diff.measures} context={context} contentLang={contentLang} measures />
    </>
  );
}
