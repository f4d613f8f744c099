import type { Shape } from "../../shape";
import type { copyForward as en } from "./en";

export const copyForward: Shape<typeof en> = {
  page: {
    heading: "Start programmet for neste periode",
    intro: "Eit nytt utkast blir laga frå {{title}}. {{title}} blir ikkje endra.",
    copies: "Dette blir kopiert: satsingsområde med overskrifter og undertema, mål med indikatorane sine, tiltak som ikkje er fullførte eller avlyste med delane sine, og rollene i oppfølginga.",
    budget: "Budsjettlinjer blir tekne med berre for år innanfor den nye perioden. Indikatorverdiar og rapportar blir verande i {{title}}.",
    notAllowed: "Berre sekretariatet i rådet kan starte programmet for neste periode.",
    back: "Tilbake til programmet",
  },
  form: {
    heading: "Det nye programmet",
    title: "Tittel",
    periodStart: "Periodestart",
    periodEnd: "Periodeslutt",
    submit: "Lag utkast",
    afterSource: "må vere etter {{date}}, då den noverande perioden sluttar",
  },
  notice: {
    heading: "Programmet for neste periode er starta",
    copied: "Kopiert: {{focusAreas}}, {{goals}} og {{measures}}. Det er eit utkast til rådet vedtek det.",
    focusAreas_one: "{{count}} satsingsområde",
    focusAreas_other: "{{count}} satsingsområde",
    withSubThemes_one: "{{focusAreas}} med {{count}} undertema",
    withSubThemes_other: "{{focusAreas}} med {{count}} undertema",
    goals_one: "{{count}} mål",
    goals_other: "{{count}} mål",
    measures_one: "{{count}} tiltak som ikkje er ferdig",
    measures_other: "{{count}} tiltak som ikkje er ferdige",
  },
};
