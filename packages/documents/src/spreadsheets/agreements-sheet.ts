import type { AgreementStatus, Currency, FundsAmounts, FundsRow } from "@samspill/domain";
import { countryOfCurrency, fundingSourceName, type Language } from "@samspill/i18n";
import type { CellValue, Column, SheetTable } from "./sheet-table.js";
import { sheetTexts, withUnit } from "./sheet-texts.js";

// The county's agreements as rows, one per agreement, year and funding source: what was
// committed, what approved reports say was spent from that source and what remains (the figures
// of packages/domain/FIGURES.md), beside the state of the agreement's reporting requirements.
// The total row is the county's across its agreements, as its dashboard shows it: a report on a
// measure that serves two agreements shows in both agreements' rows and once in the total.

export interface SheetAgreement {
  title: string;
  caseNumber: string | null;
  status: AgreementStatus;
  parties: string[];
  periodStart: string;
  periodEnd: string;
  /** Money by funding source per year, as the agreement's page shows it. */
  funds: FundsRow[];
  requirements: { fulfilled: number; due: number; overdue: number; nextDue: string | null };
}

export interface AgreementsSheetData {
  currency: Currency;
  agreements: SheetAgreement[];
  /** The agreements' money together, each spending line once (`fundsOfAgreements(…).across.total`). */
  total: FundsAmounts[];
}

/** Committed, spent and remaining: a row's, or the total's. */
const moneyCells = (amounts: FundsAmounts | null): Array<number | null> =>
  [amounts?.committedMinor ?? null, amounts?.spentMinor ?? null, amounts?.remainingMinor ?? null];

export function agreementsSheet(data: AgreementsSheetData, lang: Language): SheetTable {
  const t = sheetTexts(lang);
  const header = (key: string) => t(`spreadsheets:columns.${key}`);
  const money = (key: string): Column => ({ header: withUnit(header(key), data.currency), type: "money", width: 16, currency: data.currency });
  const agreementColumns: Column[] = [
    { header: header("agreement"), type: "text", width: 40 },
    { header: header("caseNumber"), type: "text", width: 14 },
    { header: header("status"), type: "text", width: 12 },
    { header: header("parties"), type: "text", width: 36 },
    { header: header("periodStart"), type: "date", width: 12 },
    { header: header("periodEnd"), type: "date", width: 12 },
    { header: header("year"), type: "integer", width: 8 },
    { header: header("fundingSource"), type: "text", width: 24 },
  ];
  const requirementColumns: Column[] = [
    { header: header("requirementsFulfilled"), type: "integer", width: 12 },
    { header: header("requirementsDue"), type: "integer", width: 12 },
    { header: header("requirementsOverdue"), type: "integer", width: 12 },
    { header: header("nextDue"), type: "date", width: 12 },
  ];
  const rows = data.agreements.flatMap((agreement) => {
    const fixed: CellValue[] = [
      agreement.title, agreement.caseNumber, t(`agreements:status.${agreement.status}`), agreement.parties.join("; "),
      agreement.periodStart, agreement.periodEnd,
    ];
    const { fulfilled, due, overdue, nextDue } = agreement.requirements;
    const requirementCells: CellValue[] = [fulfilled, due, overdue, nextDue];
    // An agreement with no money yet still gets its row, so none goes missing from the overview.
    const funds = agreement.funds.length > 0 ? agreement.funds : [null];
    return funds.map((row): CellValue[] => [
      ...fixed,
      row?.year ?? null,
      row ? fundingSourceName(t, row.fundingSource, countryOfCurrency(row.currency)) : null,
      ...moneyCells(row),
      ...requirementCells,
    ]);
  });
  const total = data.total.find((sum) => sum.currency === data.currency) ?? null;
  return {
    sheetName: t("spreadsheets:sheet.agreements"),
    columns: [...agreementColumns, money("committed"), money("spent"), money("remaining"), ...requirementColumns],
    rows,
    totalLabel: t("spreadsheets:totalOfAgreements"),
    fixedTotals: [...agreementColumns.map(() => null), ...moneyCells(total), ...requirementColumns.map(() => null)],
  };
}
