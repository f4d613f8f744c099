import type { Shape } from "../../shape";
import type { structureImport as en } from "./en";

export const structureImport: Shape<typeof en> = {
  sheet: { instructions: "Veiledning", structure: "Satsingsområder og mål", lists: "Lister" },
  download: "Last ned hele programmet som Excel",
  file: { template: "Programmal {{programme}}", programme: "Programstruktur {{programme}}" },
  kind: { focus_area: "Satsingsområde", sub_theme: "Undertema", goal: "Mål" },
  columns: { kind: "Radtype", heading: "Overskrift", title: "Tittel", description: "Beskrivelse" },
  instructions: {
    title: "Hele handlingsprogrammet i én arbeidsbok",
    structure:
      "Arket «{{sheet}}»: én rad per satsingsområde, med undertemaene og målene på radene under. Et mål hører til satsingsområdet eller undertemaet over det; mål over det første satsingsområdet gjelder hele programmet.",
    measures:
      "Arket «{{sheet}}»: én rad per tiltak, med hver kommunes del på radene rett under. Skriv satsingsområdet eller undertemaet og målene nøyaktig som i det første arket; skill flere mål med «;».",
    budget: "Budsjett: én kolonne per år, i hele {{currency}}. Finansieringskilden på raden gjelder alle årene.",
    lists: "Cellene med valg (radtype, status, finansieringskilde, kommune) har de tillatte verdiene i en liste.",
    strategy:
      "Visjonen og hovedmålet hører til strategien og redigeres der. De vises her til orientering og importeres ikke.",
    vision: "Visjon: {{text}}",
    overarchingGoal: "Hovedmål: {{text}}",
  },
  import: {
    link: "Importer hele programmet fra Excel",
    heading: "Importer hele programmet",
    intro:
      "Fyll ut malen med satsingsområdene, undertemaene, målene og tiltakene i {{programme}}, med kommunenes deler og budsjett. Ingenting lagres før du bekrefter, og bare når hele filen er gyldig.",
    template: "Last ned programmalen",
    check: "Kontroller filen",
    wouldCreate: "Importen vil opprette:",
    focusAreas: "Satsingsområder",
    subThemes: "Undertemaer",
    goals: "Mål",
    measures: "Tiltak",
    parts: "Kommunenes deler",
    budgetLines: "Budsjettlinjer",
    treeHeading: "Programmet slik filen beskriver det",
    programmeGoals: "Mål for hele programmet",
    unplacedMeasures: "Tiltak uten satsingsområde",
    sheet: "Ark",
    problem: "Arket «{{sheet}}», rad {{row}}, kolonne «{{column}}»: {{message}}",
    countsCaption: "Dette vil importen opprette",
    level: "Nivå",
    count: "Antall",
    errorsCaption: "Problemer i filen",
    column: "Kolonne",
    message: "Problem",
    local: "lokalt",
    confirm: "Importer programmet",
    done: "Programmet ble importert: {{focusAreas}} satsingsområder, {{goals}} mål og {{measures}} tiltak.",
    missingSheet: "Arbeidsboken har ikke arket «{{sheet}}». Start med programmalen.",
  },
};
