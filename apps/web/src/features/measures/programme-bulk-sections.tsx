import { Field, Heading, Label, Paragraph, Select } from "@digdir/designsystemet-react";
import { budgetRowKey, FUNDING_SOURCES, type FundingSource } from "@samspill/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { useFundingSourceName } from "../../shared/figures/use-funding-source-name";
import type { ProgrammeDetail } from "../programmes/types";
import { BudgetGrid } from "./budget-grid";
import { PartsForMembers, type PartsTarget } from "./parts-for-members";
import type { ProgrammeGrid } from "./types";
import { useBudgetGrid, type GridRow } from "./use-budget-grid";

interface ProgrammeBulkSectionsProps {
  programme: ProgrammeDetail;
  data: ProgrammeGrid;
  /** The shared measures the reader may add parts to. */
  shared: ProgrammeGrid["measures"];
  /** Whether the reader may change any measure's budget. */
  budgeted: boolean;
}

/** The sections of `ProgrammeBulkEntry`, in a chunk of their own with the forms they use. */
export function ProgrammeBulkSections({ programme, data, shared, budgeted }: ProgrammeBulkSectionsProps) {
  const { t } = useTranslation("measures");
  const headingId = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.measures.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() })]);
  const target = (measure: ProgrammeGrid["measures"][number]): PartsTarget => ({
    id: measure.id, version: measure.version, label: `${measure.number} ${measure.title}`, partMunicipalityIds: measure.partMunicipalityIds,
  });
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="md" id={headingId}>
        {t("programmeGrid.heading")}
      </Heading>
      {shared.length > 0 && data.members.length > 0 && (
        <PartsForMembers
          measures={shared.map(target)}
          members={data.members}
          openLabel={t("partsBulk.openProgramme")}
          latest={async () => {
            await queryClient.invalidateQueries({ queryKey: trpc.measures.programmeGrid.queryKey({ programmeId: programme.id }) });
            const fresh = await queryClient.fetchQuery(trpc.measures.programmeGrid.queryOptions({ programmeId: programme.id }));
            return fresh.measures.map(target);
          }}
          onAdded={refresh}
        />
      )}
      {budgeted && <ProgrammeBudget programmeId={programme.id} data={data} country={programme.owner.country} onSaved={refresh} />}
    </section>
  );
}

interface ProgrammeBudgetProps {
  programmeId: string;
  data: ProgrammeGrid;
  country: ProgrammeDetail["owner"]["country"];
  onSaved: () => Promise<unknown>;
}

/** "Budget for all measures": measures by year for the chosen funding source. */
function ProgrammeBudget({ programmeId, data, country, onSaved }: ProgrammeBudgetProps) {
  const { t } = useTranslation("measures");
  const headingId = useId();
  const selectId = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [source, setSource] = useState<FundingSource>(FUNDING_SOURCES[0]);
  const fundingSourceName = useFundingSourceName();
  const sourceName = (fundingSource: FundingSource) => fundingSourceName(fundingSource, { country });
  const rows: GridRow[] = data.measures.map((measure) => {
    const row = { measureId: measure.id, partId: null, fundingSource: source };
    return { key: budgetRowKey(row), row, label: `${measure.number} ${measure.title}`, editable: measure.viewer.editBudget.allowed };
  });
  const grid = useBudgetGrid({
    lines: data.lines,
    currency: data.programme.currency,
    rows,
    years: data.programme.years,
    latest: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.measures.programmeGrid.queryKey({ programmeId }) });
      return (await queryClient.fetchQuery(trpc.measures.programmeGrid.queryOptions({ programmeId }))).lines;
    },
    onSaved,
  });
  const unsaved = grid.changed > 0;
  const editable = rows.filter((row) => row.editable).length;
  const outsidePeriod = data.programme.yearsOutsidePeriod;
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={3} data-size="sm" id={headingId}>
        {t("programmeGrid.budgetHeading")}
      </Heading>
      <Paragraph data-size="sm">{t("programmeGrid.intro")}</Paragraph>
      {editable < rows.length && (
        <Paragraph data-size="sm">{t("programmeGrid.someReadOnly", { editable, total: rows.length })}</Paragraph>
      )}
      {outsidePeriod.length > 0 && (
        <Paragraph data-size="sm">{t("programmeGrid.outsidePeriod", { years: outsidePeriod.map(String), count: outsidePeriod.length })}</Paragraph>
      )}
      <Field>
        <Label htmlFor={selectId}>{t("budget.source")}</Label>
        {/* Unsaved amounts belong to the source they were typed under: saved first, then another source. */}
        <Select id={selectId} value={source} disabled={unsaved} aria-describedby={unsaved ? `${selectId}-hint` : undefined}
          onChange={(event) => setSource(event.target.value as FundingSource)}>
          {FUNDING_SOURCES.map((fundingSource) => (
            <option key={fundingSource} value={fundingSource}>{sourceName(fundingSource)}</option>
          ))}
        </Select>
      </Field>
      {/* Outside the field, which greys out with its disabled select. */}
      {unsaved && <Paragraph id={`${selectId}-hint`} data-size="sm">{t("programmeGrid.saveFirst")}</Paragraph>}
      {rows.length === 0 ? (
        <Paragraph>{t("programmeGrid.noMeasures")}</Paragraph>
      ) : (
        <BudgetGrid grid={grid} rows={rows} years={data.programme.years} rowHeading={t("programmeGrid.measure")}
          caption={t("programmeGrid.caption", { source: sourceName(source), currency: data.programme.currency })} idPrefix={`programme-budget-${programmeId}`} />
      )}
    </section>
  );
}
