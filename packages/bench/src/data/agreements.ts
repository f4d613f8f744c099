import { sql, type Kysely } from "kysely";
import type { Database } from "@samspill/db";
import { benchId, uidSql } from "./keys.js";
import type { CouncilSpec } from "./organisations.js";
import type { BenchPlan } from "./plan.js";
import { insertRows } from "./rows.js";

const YEARS = [2024, 2025, 2026, 2027];
const OBLIGATIONS = ["Følge opp handlingsprogrammet", "Rapportere årlig til fylket", "Samordne kommunenes innsats"];

/**
 * A partnership agreement between each council and its county for 2024–2027: both parties
 * signed, three obligations of the council fulfilled by every fifth measure of the current
 * programme, the county's partnership funds per year, yearly reporting and two dialogue meetings.
 */
export async function loadAgreements(db: Kysely<Database>, plan: BenchPlan, councils: CouncilSpec[]): Promise<void> {
  const id = (key: string) => benchId(plan.seed, key);
  await insertRows(db, "partnershipAgreement", councils.map((c) => ({
    id: id(`agreement:${c.index}`), countyId: c.countyId, title: `Partnerskapsavtale ${c.name} 2024–2027`,
    description: "Avtale om regional utvikling.", status: "active" as const, periodStart: "2024-01-01", periodEnd: "2027-12-31",
    caseNumber: `23/${1000 + c.index}`,
  })));
  await insertRows(db, "agreementParty", councils.flatMap((c) => [c.countyId, c.id].map((organisationId, k) => ({
    id: id(`party:${c.index}:${k}`), agreementId: id(`agreement:${c.index}`), organisationId,
    signatoryName: k === 0 ? "Fylkesdirektør" : "Rådsleder", signatoryTitle: k === 0 ? "Fylkesdirektør" : "Leder", signedOn: "2023-12-15",
  }))));
  await insertRows(db, "obligation", councils.flatMap((c) => OBLIGATIONS.map((title, k) => ({
    id: id(`obligation:${c.index}:${k}`), agreementId: id(`agreement:${c.index}`), partyId: c.id, title, position: k,
  }))));
  await insertRows(db, "fundingCommitment", councils.flatMap((c) => YEARS.map((year) => ({
    id: id(`funding:${c.index}:${year}`), agreementId: id(`agreement:${c.index}`), year, source: "county_partnership_funds" as const,
    amountMinor: 250_000_000 + 1_000_000 * ((c.index * 7 + year) % 50), currency: c.currency,
  }))));
  await insertRows(db, "reportingRequirement", councils.flatMap((c) => YEARS.map((year) => ({
    id: id(`requirement:${c.index}:${year}`), agreementId: id(`agreement:${c.index}`), title: `Årsrapport ${year}`,
    dueDate: `${year + 1}-02-28`, fulfilledOn: year < 2026 ? `${year + 1}-02-20` : null,
  }))));
  await insertRows(db, "dialogueMeeting", councils.flatMap((c) => [2024, 2025].map((year) => ({
    id: id(`dialogue:${c.index}:${year}`), agreementId: id(`agreement:${c.index}`), heldOn: `${year}-10-15`, title: `Dialogmøte ${year}`,
  }))));
  // Every fifth measure of the current programme fulfils one of the three obligations, in turn.
  await sql`INSERT INTO measure_obligation (measure_id, obligation_id)
    SELECT m.id, ${uidSql(plan.seed, sql`'obligation:' || c.idx || ':' || (m.position / 5 % 3)`)}
    FROM measure m JOIN programme pr ON pr.id = m.programme_id AND pr.status = 'adopted'
    JOIN jsonb_to_recordset(${JSON.stringify(councils.map((c) => ({ id: c.id, idx: c.index })))}::jsonb) AS c(id uuid, idx int)
      ON c.id = pr.owner_id
    WHERE m.position % 5 = 0`.execute(db);
}
