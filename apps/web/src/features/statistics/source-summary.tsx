import { Paragraph } from "@digdir/designsystemet-react";
import { formatDateTime } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { lastImport } from "./source-problem";
import type { IndicatorWithSeries, SourceRegions } from "./types";

/** Where an indicator's figures come from, for whom they are imported and when they last were. */
export function SourceSummary({ indicator, regions }: { indicator: IndicatorWithSeries; regions: SourceRegions | undefined }) {
  const { t } = useTranslation("statistics");
  const { language } = useLanguage();
  const { binding } = indicator;
  if (!binding) {
    return (
      <Paragraph data-size="sm">
        <strong>{t("source.label")}:</strong> {t("source.manual")}
      </Paragraph>
    );
  }
  const names = new Map(regions?.municipalities.map((municipality) => [municipality.id, municipality.name]) ?? []);
  // A region of a municipality that has since left is shown by its codes alone.
  const list = regions?.regions
    .map((region) => {
      const name = region.municipalityId === null ? t("source.total") : names.get(region.municipalityId);
      return name ? `${name} (${region.codes.join(", ")})` : region.codes.join(", ");
    })
    .join(", ");
  const imported = lastImport(indicator.series);
  return (
    <div className="source-summary">
      <Paragraph data-size="sm">
        <strong>{t("source.label")}:</strong>{" "}
        {binding.source === "ssb" ? t("source.ssb", { table: binding.table, contentsCode: binding.contentsCode }) : t("source.kolada", { kpi: binding.kpi })}.{" "}
        {t(binding.at === "start" ? "source.atStart" : "source.atEnd")}
      </Paragraph>
      {regions && (
        <Paragraph data-size="sm">{list ? t("source.regions", { list }) : t("source.noRegions")}</Paragraph>
      )}
      <Paragraph data-size="sm">
        {imported ? t("source.lastImport", { time: formatDateTime(imported, language) }) : t("source.neverImported")}
      </Paragraph>
    </div>
  );
}
