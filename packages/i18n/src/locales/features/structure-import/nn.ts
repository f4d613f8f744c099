import type { Shape } from "../../shape";
import type { structureImport as en } from "./en";

export const structureImport: Shape<typeof en> = {
  sheet: { instructions: "Rettleiing", structure: "Satsingsområde og mål", lists: "Lister" },
  download: "Last ned heile programmet som Excel",
  file: { template: "Programmal {{programme}}", programme: "Programstruktur {{programme}}" },
  kind: { focus_area: "Satsingsområde", sub_theme: "Undertema", goal: "Mål" },
  columns: { kind: "Radtype", heading: "Overskrift", title: "Tittel", description: "Skildring" },
  instructions: {
    title: "Heile handlingsprogrammet i éi arbeidsbok",
    structure:
      "Arket «{{sheet}}»: éi rad per satsingsområde, med undertemaa og måla på radene under. Eit mål høyrer til satsingsområdet eller undertemaet over det; mål over det første satsingsområdet gjeld heile programmet.",
    measures:
      "Arket «{{sheet}}»: éi rad per tiltak, med delen til kvar kommune på radene rett under. Skriv satsingsområdet eller undertemaet og måla nøyaktig som i det første arket; skil fleire mål med «;».",
    budget: "Budsjett: éi kolonne per år, i heile {{currency}}. Finansieringskjelda på rada gjeld alle åra.",
    lists: "Cellene med val (radtype, status, finansieringskjelde, kommune) har dei tillatne verdiane i ei liste.",
    strategy:
      "Visjonen og hovudmålet høyrer til strategien og vert redigerte der. Dei er viste her til orientering og vert ikkje importerte.",
    vision: "Visjon: {{text}}",
    overarchingGoal: "Hovudmål: {{text}}",
  },
  import: {
    link: "Importer heile programmet frå Excel",
    heading: "Importer heile programmet",
    intro:
      "Fyll ut malen med innsatsområda, undertemaa, måla og tiltaka i {{programme}}, med delane og budsjetta til kommunane. Ingenting vert lagra før du stadfestar, og berre når heile fila er gyldig.",
    template: "Last ned programmalen",
    check: "Kontroller fila",
    wouldCreate: "Importen vil opprette:",
    focusAreas: "Satsingsområde",
    subThemes: "Undertema",
    goals: "Mål",
    measures: "Tiltak",
    parts: "Delane til kommunane",
    budgetLines: "Budsjettliner",
    treeHeading: "Programmet slik fila skildrar det",
    programmeGoals: "Mål for heile programmet",
    unplacedMeasures: "Tiltak utan satsingsområde",
    sheet: "Ark",
    problem: "Arket «{{sheet}}», rad {{row}}, kolonne «{{column}}»: {{message}}",
    countsCaption: "Dette vil importen opprette",
    level: "Nivå",
    count: "Tal",
    errorsCaption: "Problem i fila",
    column: "Kolonne",
    message: "Problem",
    local: "lokalt",
    confirm: "Importer programmet",
    done: "Programmet vart importert: {{focusAreas}} satsingsområde, {{goals}} mål og {{measures}} tiltak.",
    missingSheet: "Arbeidsboka har ikkje arket «{{sheet}}». Start med programmalen.",
  },
};
