import { z } from "zod";
import { listBudgetLines, listOrganisationsByIds, measureFundsOf, listGoalsOfMeasure, listIndicators, listPartsOfMeasure, listValuesOfIndicators } from "@samspill/db";
import {
  budgetGridYears, budgetTotals, IdSchema, isAnonymous, measureForReader, partForReader, rollUpMeasure, seesPersonalData, yearsOutsidePeriod,
} from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { withSeries } from "../indicators/indicator-view.js";
import { readableDecisionsAbout } from "../meetings/decisions-about.js";
import { currencyOfCountry } from "../spreadsheets/sheet-input.js";
import { readableMeasure } from "./measure-access.js";
import { visibleObligations } from "./measure-obligations.js";
import { budgetLineView, budgetShareOf, measureRowView, partRowView } from "./measure-view.js";
import { measureViewer, partViewer } from "./measure-viewer.js";

/**
 * A measure with everything its page shows: who is responsible, the parts matrix and the
 * roll-up of a shared measure from its parts, budget lines with totals and, per year, the budget
 * against what approved reports say was spent (overspent flagged), the goals and
 * obligations it serves, its output indicators with their values as chart series, its number in
 * the programme, the decisions about it, and what the viewer may do (with the reason when not).
 */
export const getMeasure = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ id: IdSchema }))
  .query(async ({ ctx, input }) => {
    const placed = await readableMeasure(ctx.db, ctx.authorize, input.id);
    const { measure, programme } = placed;
    // Spending comes from status reports, which are for signed-in readers: the public sees the budget only.
    const signedIn = !isAnonymous(ctx.actor);
    const personal = seesPersonalData(ctx.actor, { kind: "programme", ...placed.place });
    // The programme's owner came with the measure's place; the measure's owner and the
    // organisation responsible for it, when others, in one query.
    const council = placed.programmeOwner;
    const otherIds = [measure.ownerId, measure.responsibleOrganisationId].filter((id): id is string => id !== null && id !== council.id);
    const [others, parts, lines, goals, obligations, indicators, numbers, decisions, yearFunds] = await Promise.all([
      listOrganisationsByIds(ctx.db, [...new Set(otherIds)]),
      listPartsOfMeasure(ctx.db, measure.id),
      listBudgetLines(ctx.db, measure.id),
      listGoalsOfMeasure(ctx.db, measure.id),
      visibleObligations(ctx.db, ctx.actor, measure.id),
      listIndicators(ctx.db, { measureId: measure.id }),
      ctx.measureNumbering.of(ctx.db, programme),
      readableDecisionsAbout(ctx.db, ctx.actor, { kind: "measure", id: measure.id }),
      signedIn ? measureFundsOf(ctx.db, [measure.id]) : [],
    ]);
    const organisations = new Map([council, ...others].map((organisation) => [organisation.id, organisation]));
    const owner = organisations.get(measure.ownerId);
    const responsible = measure.responsibleOrganisationId ? organisations.get(measure.responsibleOrganisationId) : undefined;
    const values = await listValuesOfIndicators(ctx.db, indicators.map((indicator) => indicator.id));
    const budgetLines = lines.map(budgetLineView);
    const gridPeriod = { start: measure.startDate ?? programme.periodStart, end: measure.endDate ?? programme.periodEnd };
    const gridYears = budgetGridYears(gridPeriod, budgetLines);
    // Published measures are public; the names and addresses of people are not.
    return {
      ...measureRowView(measureForReader(measure, personal)),
      number: numbers.get(measure.id) ?? "",
      programme: {
        id: programme.id, title: programme.title, status: programme.status, published: programme.published,
        /** The council (or municipality) whose programme it is: its name, and the language form its texts are written in. */
        owner: { id: council.id, name: council.name, languageForm: council.languageForm },
      },
      owner: owner ? { id: owner.id, name: owner.name, kind: owner.kind, country: owner.country } : null,
      responsibleOrganisation: responsible ? { id: responsible.id, name: responsible.name } : null,
      parts: parts.map((part) => ({
        ...partRowView(partForReader(part, personal)),
        viewer: partViewer(ctx.actor, placed.place, part, programme),
      })),
      rollUp: rollUpMeasure(parts.map((part) => ({ status: part.status, progress: part.progress, budgetShare: budgetShareOf(part) }))),
      budget: {
        lines: budgetLines,
        totals: budgetTotals(budgetLines),
        /** The programme's currency, in which the grid enters amounts. */
        currency: currencyOfCountry(owner?.country ?? "NO"),
        /** The grid's years: the measure's period, else its programme's, and any year a line has. */
        gridYears,
        /** Those of the grid's years outside that period, there only because lines are entered for them. */
        gridYearsOutsidePeriod: yearsOutsidePeriod(gridPeriod, gridYears),
        /** Per year: budget against approved spending, overspent or not (packages/domain/FIGURES.md). */
        years: yearFunds.map(({ year, currency, budgetMinor, spentMinor, overspent }) => ({ year, currency, budgetMinor, spentMinor, overspent })),
      },
      goals,
      obligations,
      indicators: withSeries(indicators, values),
      decisions,
      viewer: measureViewer(ctx.actor, placed),
    };
  });
