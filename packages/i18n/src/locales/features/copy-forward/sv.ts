import type { Shape } from "../../shape";
import type { copyForward as en } from "./en";

export const copyForward: Shape<typeof en> = {
  page: {
    heading: "Starta nästa periods plan",
    intro: "Ett nytt utkast skapas från {{title}}. {{title}} ändras inte.",
    copies: "Detta kopieras: insatsområden med rubriker och delområden, mål med sina indikatorer, åtgärder som inte är slutförda eller inställda med sina delar, och rollerna i uppföljningen.",
    budget: "Budgetrader följer med bara för år inom den nya perioden. Indikatorvärden och rapporter stannar i {{title}}.",
    notAllowed: "Bara förbundets sekretariat kan starta nästa periods plan.",
    back: "Tillbaka till planen",
  },
  form: {
    heading: "Den nya planen",
    title: "Titel",
    periodStart: "Periodens början",
    periodEnd: "Periodens slut",
    submit: "Skapa utkast",
    afterSource: "måste vara efter {{date}}, då nuvarande period slutar",
  },
  notice: {
    heading: "Nästa periods plan har startats",
    copied: "Kopierat: {{focusAreas}}, {{goals}} och {{measures}}. Det är ett utkast tills förbundet antar det.",
    focusAreas_one: "{{count}} insatsområde",
    focusAreas_other: "{{count}} insatsområden",
    withSubThemes_one: "{{focusAreas}} med {{count}} delområde",
    withSubThemes_other: "{{focusAreas}} med {{count}} delområden",
    goals_one: "{{count}} mål",
    goals_other: "{{count}} mål",
    measures_one: "{{count}} ej avslutad åtgärd",
    measures_other: "{{count}} ej avslutade åtgärder",
  },
};
