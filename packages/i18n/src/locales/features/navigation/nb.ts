import type { Shape } from "../../shape";
import type { navigation as en } from "./en";

export const navigation: Shape<typeof en> = {
  menu: { home: "Forside" },
  work: {
    heading: "Ditt arbeid",
    programmes: "Handlingsprogram",
    allProgrammes: "Alle handlingsprogram",
    noProgrammes: "Ingen handlingsprogram ennå.",
    reporting: "Rapportering",
    dashboards: "Dashbord",
    councilDashboard: "Dashbord: {{council}}",
    followUp: "Møter og avtaler",
    meetings: "Møter og vedtak",
    agreements: "Partnerskapsavtaler",
    settings: "Innstillinger",
    notificationSettings: "Varslingsinnstillinger",
    administration: "Administrasjon",
  },
  programmes: {
    heading: "Handlingsprogram",
    intro: "Strategiene og handlingsprogrammene du arbeider med, også utkast, og det andre har publisert.",
    own: "Dine handlingsprogram",
    ownEmpty: "Ingen av rådene eller kommunene du arbeider for, har et handlingsprogram ennå.",
    others: "Publisert av andre",
    othersEmpty: "Ingen andre har publisert et handlingsprogram ennå.",
    unpublished: "Ikke publisert",
    dashboard: "Dashbord",
    publicPage: "Offentlig side",
  },
  councilDashboard: {
    unknown: "Du følger ikke dette rådet.",
    toProgrammes: "Gå til handlingsprogrammene",
  },
  councilPicker: { label: "Råd" },
  adminHome: { intro: "Organisasjoner og medlemskap, brukere og e-postene portalen sender." },
};
