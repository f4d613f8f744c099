import { sql } from "kysely";
import type { AgreementStatus, OrganisationKind } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";

// The county's agreements as its dashboard and the agreements workbook list them. Their
// figures (reporting, money, measure status) come from ../figures, like every screen's.

export interface CountyAgreementRow {
  id: string;
  title: string;
  status: AgreementStatus;
  periodStart: string;
  periodEnd: string;
  caseNumber: string | null;
  parties: Array<{ organisationId: string; name: string; kind: OrganisationKind }>;
}

/** Every agreement the county holds, newest period first, with the parties other than the county. One query. */
export async function listCountyAgreements(db: Executor, countyId: string): Promise<CountyAgreementRow[]> {
  const { rows } = await sql<CountyAgreementRow>`
    select a.id, a.title, a.status, a.period_start::text as "periodStart", a.period_end::text as "periodEnd",
      a.case_number as "caseNumber",
      coalesce((select json_agg(json_build_object('organisationId', o.id, 'name', o.name, 'kind', o.kind) order by o.name)
        from agreement_party ap join organisation o on o.id = ap.organisation_id
        where ap.agreement_id = a.id and o.id <> a.county_id), '[]'::json) as parties
    from partnership_agreement a
    where a.county_id = ${countyId}
    order by a.period_start desc, a.title`.execute(db);
  return rows;
}
