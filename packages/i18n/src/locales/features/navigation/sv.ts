import type { Shape } from "../../shape";
import type { navigation as en } from "./en";

export const navigation: Shape<typeof en> = {
  menu: { home: "Startsida" },
  work: {
    heading: "Ditt arbete",
    programmes: "Handlingsplaner",
    allProgrammes: "Alla handlingsplaner",
    noProgrammes: "Inga handlingsplaner ännu.",
    reporting: "Rapportering",
    dashboards: "Översikter",
    councilDashboard: "Översikt: {{council}}",
    followUp: "Sammanträden och avtal",
    meetings: "Sammanträden och beslut",
    agreements: "Partnerskapsavtal",
    settings: "Inställningar",
    notificationSettings: "Aviseringsinställningar",
    administration: "Administration",
  },
  programmes: {
    heading: "Handlingsplaner",
    intro: "Strategierna och handlingsplanerna du arbetar med, även utkast, och det andra har publicerat.",
    own: "Dina handlingsplaner",
    ownEmpty: "Inget av förbunden eller kommunerna du arbetar för har en handlingsplan ännu.",
    others: "Publicerat av andra",
    othersEmpty: "Ingen annan har publicerat en handlingsplan ännu.",
    unpublished: "Inte publicerad",
    dashboard: "Översikt",
    publicPage: "Offentlig sida",
  },
  councilDashboard: {
    unknown: "Du följer inte det här förbundet.",
    toProgrammes: "Gå till handlingsplanerna",
  },
  councilPicker: { label: "Förbund" },
  adminHome: { intro: "Organisationer och medlemskap, användare och e-posten som portalen skickar." },
};
