import type { FundingSource } from "@samspill/domain";
import { insertMeasures, insertProgramme, type BudgetDef, type MeasureDef } from "./builders.js";
import { PROGRAMMES, orgId, strategyId } from "./ids.js";
import { put, type DemoContext } from "./insert.js";

// Seed 003 (på svenska): Vimmerby kommuns sociala lokala utvecklingsstrategi, SLUS, med ett
// övergripande mål och fem prioriterade målområden, antagen av kommunfullmäktige.

const key = PROGRAMMES.vimmerby;
const vimmerby = orgId("SE", "0884");
const b = (year: number, amount: number, source: FundingSource, description = ""): BudgetDef =>
  ({ year, amount, source, description });
const local = { scope: "local" as const, ownerId: vimmerby };

const MEASURES: MeasureDef[] = [
  { key: "vimmerby:samverkansforum", focusArea: "fritid", goals: ["fritid", "livsmiljoer"], ...local,
    responsiblePerson: "Projektledare SLUS, Vimmerby kommun",
    title: "Samverkansforum för kommun, näringsliv, föreningsliv och medborgare",
    description: "Ett återkommande forum där advisory board, föreningar och medborgare följer upp strategin. Det " +
      "sociala kapitalet som skapas vid samarbete och nätverkande stärker platsens attraktivitet.",
    startDate: "2017-09-01", endDate: "2021-12-31", status: "in_progress", progress: 60, sdg: [11, 16, 17],
    budget: [b(2018, 150000, "municipal_own_contribution"), b(2019, 150000, "municipal_own_contribution")],
    indicators: [{ key: "deltagare", name: "Deltagare i samverkansforum", unit: "personer", baseline: 0,
      baselineDate: "2017-09-01", target: 400, targetDate: "2021-12-31",
      values: [{ on: "2018-12-31", value: 120 }, { on: "2019-12-31", value: 260 }] }] },
  { key: "vimmerby:foretagslots", focusArea: "foretagsamhet", goals: ["foretagsamhet"], ...local,
    responsiblePerson: "Näringslivschef, Vimmerby kommun",
    title: "Företagslots för nya företagare",
    description: "En väg in till kommunen för den som vill starta eller utveckla företag, med lika villkor oavsett " +
      "kön, bakgrund och var i kommunen man bor.",
    startDate: "2018-01-01", endDate: "2020-12-31", status: "completed", progress: 100, sdg: [5, 8, 10],
    budget: [b(2018, 250000, "municipal_own_contribution"),
      b(2018, 200000, "county_partnership_funds", "Företagslotsens första år")] },
  { key: "vimmerby:kompetensforsorjning", focusArea: "kompetens", goals: ["kompetens"], ...local,
    responsiblePerson: "Näringslivschef, Vimmerby kommun",
    title: "Kompetensförsörjningsplan tillsammans med det lokala näringslivet",
    description: "Kartlägga företagens kompetensbehov och koppla dem till vuxenutbildning, praktik och rekrytering.",
    startDate: "2019-01-01", endDate: "2021-12-31", status: "delayed", progress: 35, sdg: [4, 8],
    budget: [b(2019, 300000, "municipal_own_contribution"), b(2020, 300000, "external", "Europeiska socialfonden")] },
];

export async function loadVimmerby(ctx: DemoContext): Promise<string> {
  await put(ctx, "strategy", [{
    id: strategyId("vimmerby"), ownerId: vimmerby, title: "SLUS – social lokal utvecklingsstrategi",
    vision: "En attraktiv plats att leva, bo och verka på",
    overarchingGoal: "Skapa goda förutsättningar för att ständigt stärka Vimmerby kommuns attraktionskraft och " +
      "tillväxt via ökad samverkan och långsiktig hållbar planering.",
    description: "Strategin har processats fram i ett unikt samarbete mellan kommun, regionförbund, näringsliv, " +
      "föreningsliv och medborgare. Projektets advisory board består av 17 personer som representerar kommun, " +
      "regionförbund, näringsliv, föreningsliv och medborgare, med fokus på Vimmerby kommuns bästa.",
    periodStart: "2017-01-01", published: true,
  }]);
  const id = await insertProgramme(ctx, {
    key, ownerId: vimmerby, strategyId: strategyId("vimmerby"), title: "Handlingsplan SLUS",
    introduction: "Den främsta anledningen till att människor vill leva, bo och verka på en plats är platsens " +
      "attraktivitet i helhet. Det sociala kapitalet som skapas vid samarbete, nätverkande och arbete kring " +
      "gemensamma målbilder har stor betydelse för en plats attraktivitet. Handlingsplanen sätter mätbara " +
      "insatsfaktorer och åtgärder för vart och ett av strategins fem prioriterade målområden.",
    periodStart: "2017-07-01", periodEnd: "2021-12-31", published: true, publishedAt: "2017-06-20T08:00:00Z",
    focusAreas: [
      { key: "livsmiljoer", title: "Attraktiva och hållbara livsmiljöer" },
      { key: "kompetens", title: "Kompetens- och arbetsmarknadsförsörjning" },
      { key: "foretagsamhet", title: "Främja företagsamhet på lika villkor" },
      { key: "fritid", title: "Aktiv och meningsfull fritid i ett samhällsbyggande och inkluderande perspektiv" },
      { key: "infrastruktur", title: "Väl fungerande infrastruktur" },
    ],
    goals: [
      { key: "livsmiljoer", focusArea: "livsmiljoer", title: "Fler vill leva, bo och verka i Vimmerby kommun",
        indicators: [{ key: "invanare", name: "Invånare totalt, antal", unit: "invånare", source: "kolada",
          sourceRef: { source: "kolada", kpi: "N01951", at: "end", regions: [{ municipalityId: null, codes: ["0884"] }] } }] },
      { key: "kompetens", focusArea: "kompetens", title: "Bättre matchning mellan kompetens och arbetsmarknadens behov",
        indicators: [{ key: "matchade", name: "Företag med kartlagt kompetensbehov", unit: "företag", baseline: 0,
          baselineDate: "2019-01-01", target: 60, targetDate: "2021-12-31" }] },
      { key: "foretagsamhet", focusArea: "foretagsamhet", title: "Fler nystartade företag, på lika villkor",
        indicators: [{ key: "lotsade", name: "Nya företagare som fått stöd av företagslotsen", unit: "företagare",
          baseline: 0, baselineDate: "2018-01-01", target: 50, targetDate: "2020-12-31",
          values: [{ on: "2018-12-31", value: 17 }, { on: "2019-12-31", value: 36 }, { on: "2020-12-31", value: 52 }] }] },
      { key: "fritid", focusArea: "fritid", title: "Fler invånare deltar i en aktiv och meningsfull fritid" },
      { key: "infrastruktur", focusArea: "infrastruktur", title: "God tillgång till bredband och kollektivtrafik i hela kommunen" },
    ],
  });
  await insertMeasures(ctx, key, "SEK", MEASURES);
  return id;
}
