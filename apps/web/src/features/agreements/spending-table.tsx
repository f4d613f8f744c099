import { List, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { FundsTableView } from "../../shared/figures/funds-table";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { Section } from "../dashboards/section";
import type { AgreementDetail } from "./types";

interface SpendingTableProps {
  funds: AgreementDetail["funds"];
  sharedMeasures: AgreementDetail["sharedMeasures"];
}

/**
 * Per year and funding source: what the agreement commits, what approved reports of its
 * measures say was spent from those sources, and what is left — the county dashboard's figures.
 * Measures another agreement counts too are named, so the reader knows why both show them.
 */
export function SpendingTable({ funds, sharedMeasures }: SpendingTableProps) {
  const { t } = useTranslation("agreements");
  return (
    <Section heading={t("spending.heading")} empty={funds.rows.length === 0 && t("spending.empty")}>
      {() => (
        <>
          <FundsTableView funds={funds} caption={t("spending.caption")} />
          {sharedMeasures.length > 0 && (
            <>
              <Paragraph>{t("spending.sharedIntro")}</Paragraph>
              <List.Unordered>
                {sharedMeasures.map((shared) => (
                  <List.Item key={`${shared.measureId}:${shared.agreement.id}`}>
                    <AppLink href={hrefFor({ name: "measure", id: shared.measureId })}>{shared.measureTitle}</AppLink>
                    {" – "}
                    <AppLink href={hrefFor({ name: "agreement", id: shared.agreement.id })}>{shared.agreement.title}</AppLink>
                  </List.Item>
                ))}
              </List.Unordered>
            </>
          )}
        </>
      )}
    </Section>
  );
}
