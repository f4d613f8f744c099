import type { Shape } from "../../shape";
import type { navigation as en } from "./en";

export const navigation: Shape<typeof en> = {
  menu: { home: "Framside" },
  work: {
    heading: "Arbeidet ditt",
    programmes: "Handlingsprogram",
    allProgrammes: "Alle handlingsprogram",
    noProgrammes: "Ingen handlingsprogram enno.",
    reporting: "Rapportering",
    dashboards: "Dashbord",
    councilDashboard: "Dashbord: {{council}}",
    followUp: "Møte og avtalar",
    meetings: "Møte og vedtak",
    agreements: "Partnarskapsavtalar",
    settings: "Innstillingar",
    notificationSettings: "Varslingsinnstillingar",
    administration: "Administrasjon",
  },
  programmes: {
    heading: "Handlingsprogram",
    intro: "Strategiane og handlingsprogramma du arbeider med, utkast medrekna, og det andre har publisert.",
    own: "Handlingsprogramma dine",
    ownEmpty: "Ingen av råda eller kommunane du arbeider for, har eit handlingsprogram enno.",
    others: "Publisert av andre",
    othersEmpty: "Ingen andre har publisert eit handlingsprogram enno.",
    unpublished: "Ikkje publisert",
    dashboard: "Dashbord",
    publicPage: "Offentleg side",
  },
  councilDashboard: {
    unknown: "Du følgjer ikkje dette rådet.",
    toProgrammes: "Gå til handlingsprogramma",
  },
  councilPicker: { label: "Råd" },
  adminHome: { intro: "Organisasjonar og medlemskap, brukarar og e-postane portalen sender." },
};
