import { sql, type Kysely } from "kysely";

// What a status report says was spent, split by funding source (packages/domain/FIGURES.md):
// only then can an agreement count the money from the sources it commits and leave a
// municipality's own contribution or a partner's money out. `status_report.spent_minor` stays
// as the report's total, but the database keeps it: it is always the sum of the report's lines,
// whatever a writer sends.

const statements = [
  // A spending line is in its report's currency: the composite key below holds them together.
  `ALTER TABLE status_report ADD CONSTRAINT status_report_id_currency_unique UNIQUE (id, currency)`,

  `CREATE TABLE status_report_spending (
    report_id uuid NOT NULL,
    funding_source text NOT NULL CHECK (funding_source IN ('council_funds','county_partnership_funds','municipal_own_contribution','external')),
    amount_minor bigint NOT NULL CHECK (amount_minor > 0),
    currency text NOT NULL CHECK (currency IN ('NOK','SEK','EUR')),
    PRIMARY KEY (report_id, funding_source),
    FOREIGN KEY (report_id, currency) REFERENCES status_report(id, currency) ON DELETE CASCADE ON UPDATE CASCADE
  )`,

  // Reports written before spending had a source get one line with the source their budget
  // makes most likely: the report's own budget lines (a part's before the measure's), the
  // period's year first, then the largest line. With no budget at all, the reporter's own money.
  `INSERT INTO status_report_spending (report_id, funding_source, amount_minor, currency)
    SELECT r.id,
      coalesce(
        (SELECT bl.funding_source FROM budget_line bl
          WHERE bl.measure_id = r.measure_id AND (bl.part_id IS NULL OR bl.part_id = r.part_id)
          ORDER BY (bl.part_id IS NOT DISTINCT FROM r.part_id) DESC,
            (bl.year = extract(year FROM p.period_end)) DESC, bl.amount_minor DESC, bl.funding_source
          LIMIT 1),
        CASE o.kind WHEN 'municipality' THEN 'municipal_own_contribution'
          WHEN 'regional_council' THEN 'council_funds' ELSE 'external' END),
      r.spent_minor, r.currency
    FROM status_report r
    JOIN reporting_period p ON p.id = r.period_id
    JOIN organisation o ON o.id = r.organisation_id
    WHERE r.spent_minor > 0`,

  `CREATE FUNCTION status_report_spent_total() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.spent_minor := (SELECT coalesce(sum(amount_minor), 0) FROM status_report_spending WHERE report_id = NEW.id);
      RETURN NEW;
    END
  $$`,
  `CREATE TRIGGER status_report_spent_is_total BEFORE INSERT OR UPDATE ON status_report
    FOR EACH ROW EXECUTE FUNCTION status_report_spent_total()`,

  `CREATE FUNCTION status_report_spending_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- Any write makes the report's own trigger add its lines up again.
      UPDATE status_report SET spent_minor = 0
        WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.report_id ELSE NEW.report_id END;
      IF TG_OP = 'UPDATE' AND OLD.report_id <> NEW.report_id THEN
        UPDATE status_report SET spent_minor = 0 WHERE id = OLD.report_id;
      END IF;
      RETURN NULL;
    END
  $$`,
  // Not on a currency change: that arrives by ON UPDATE CASCADE from the report being written.
  `CREATE TRIGGER status_report_spending_changed AFTER INSERT OR DELETE OR UPDATE OF report_id, amount_minor
    ON status_report_spending FOR EACH ROW EXECUTE FUNCTION status_report_spending_changed()`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TABLE IF EXISTS status_report_spending`).execute(db);
  await sql.raw(`DROP FUNCTION IF EXISTS status_report_spending_changed()`).execute(db);
  await sql.raw(`DROP TRIGGER IF EXISTS status_report_spent_is_total ON status_report`).execute(db);
  await sql.raw(`DROP FUNCTION IF EXISTS status_report_spent_total()`).execute(db);
  await sql.raw(`ALTER TABLE status_report DROP CONSTRAINT IF EXISTS status_report_id_currency_unique`).execute(db);
}
