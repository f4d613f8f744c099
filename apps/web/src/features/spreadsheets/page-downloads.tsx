import { useTranslation } from "react-i18next";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { useNavigation } from "../home/use-navigation";
import { SheetDownloads } from "./sheet-downloads";

// The spreadsheet corner of existing pages: each page adds one of these with what it shows.

interface MeasureDownloadsProps {
  /** `viewer.addMeasure` from `programmes.get`: importing adds measures, which only a draft takes. */
  programme: { id: string; viewer: { addMeasure: { allowed: boolean } } };
  /** The input of `measures.list` for the filters on screen; paging is left out, the file has them all. */
  listInput: Record<string, unknown>;
}

/** The programme's measure list as Excel or CSV with the filters on screen, and (for the secretariat) the import. */
export function MeasureDownloads({ programme, listInput }: MeasureDownloadsProps) {
  const { t } = useTranslation("spreadsheets");
  const { limit: _limit, offset: _offset, ...filters } = listInput;
  const mayImport = programme.viewer.addMeasure.allowed;
  return (
    <SheetDownloads procedure="spreadsheets.measures" input={filters} heading={t("download.measuresHeading")} headingLevel={3} hint={t("download.measuresHint")}>
      {mayImport && <AppLink href={hrefFor({ name: "measureImport", id: programme.id })}>{t("import.link")}</AppLink>}
    </SheetDownloads>
  );
}

export function ReportDownloads({ periodId }: { periodId: string }) {
  const { t } = useTranslation("spreadsheets");
  return <SheetDownloads procedure="spreadsheets.reports" input={{ periodId }} heading={t("download.reportsHeading")} headingLevel={2} />;
}

/** The county's agreements overview, for whoever the server lets keep the county's agreements (its officials). */
export function AgreementDownloads() {
  const { t } = useTranslation("spreadsheets");
  const navigation = useNavigation();
  if (!navigation.has("countyDashboard")) return null;
  return (
    <SheetDownloads procedure="spreadsheets.agreements" input={{}} heading={t("download.agreementsHeading")} headingLevel={2} hint={t("download.agreementsHint")} />
  );
}
