import type { Shape } from "../../shape";
import type { copyForward as en } from "./en";

export const copyForward: Shape<typeof en> = {
  page: {
    heading: "Start neste periodes program",
    intro: "Et nytt utkast lages fra {{title}}. {{title}} endres ikke.",
    copies: "Dette kopieres: satsingsområder med overskrifter og undertemaer, mål med indikatorene sine, tiltak som ikke er fullført eller avlyst med delene sine, og rollene i oppfølgingen.",
    budget: "Budsjettlinjer tas med bare for år innenfor den nye perioden. Indikatorverdier og rapporter blir igjen i {{title}}.",
    notAllowed: "Bare sekretariatet i rådet kan starte neste periodes program.",
    back: "Tilbake til programmet",
  },
  form: {
    heading: "Det nye programmet",
    title: "Tittel",
    periodStart: "Periodestart",
    periodEnd: "Periodeslutt",
    submit: "Lag utkast",
    afterSource: "må være etter {{date}}, da den nåværende perioden slutter",
  },
  notice: {
    heading: "Neste periodes program er startet",
    copied: "Kopiert: {{focusAreas}}, {{goals}} og {{measures}}. Det er et utkast til rådet vedtar det.",
    focusAreas_one: "{{count}} satsingsområde",
    focusAreas_other: "{{count}} satsingsområder",
    withSubThemes_one: "{{focusAreas}} med {{count}} undertema",
    withSubThemes_other: "{{focusAreas}} med {{count}} undertemaer",
    goals_one: "{{count}} mål",
    goals_other: "{{count}} mål",
    measures_one: "{{count}} tiltak som ikke er ferdig",
    measures_other: "{{count}} tiltak som ikke er ferdige",
  },
};
