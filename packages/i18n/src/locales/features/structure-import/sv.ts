import type { Shape } from "../../shape";
import type { structureImport as en } from "./en";

export const structureImport: Shape<typeof en> = {
  sheet: { instructions: "Anvisningar", structure: "Insatsområden och mål", lists: "Listor" },
  download: "Ladda ner hela handlingsplanen som Excel",
  file: { template: "Mall för handlingsplan {{programme}}", programme: "Handlingsplanens struktur {{programme}}" },
  kind: { focus_area: "Insatsområde", sub_theme: "Delområde", goal: "Mål" },
  columns: { kind: "Radtyp", heading: "Rubrik", title: "Titel", description: "Beskrivning" },
  instructions: {
    title: "Hela handlingsplanen i en arbetsbok",
    structure:
      "Bladet «{{sheet}}»: en rad per insatsområde, med dess delområden och mål på raderna under. Ett mål hör till insatsområdet eller delområdet ovanför; mål ovanför det första insatsområdet gäller hela handlingsplanen.",
    measures:
      "Bladet «{{sheet}}»: en rad per åtgärd, med varje kommuns del på raderna direkt under. Skriv insatsområdet eller delområdet och målen exakt som i det första bladet; skilj flera mål med «;».",
    budget: "Budget: en kolumn per år, i hela {{currency}}. Radens finansieringskälla gäller alla år.",
    lists: "Cellerna med val (radtyp, status, finansieringskälla, kommun) har de tillåtna värdena i en lista.",
    strategy:
      "Visionen och det övergripande målet hör till strategin och redigeras där. De visas här för kännedom och importeras inte.",
    vision: "Vision: {{text}}",
    overarchingGoal: "Övergripande mål: {{text}}",
  },
  import: {
    link: "Importera hela handlingsplanen från Excel",
    heading: "Importera hela handlingsplanen",
    intro:
      "Fyll i mallen med insatsområden, delområden, mål och åtgärder i {{programme}}, med kommunernas delar och budget. Inget sparas förrän du bekräftar, och bara när hela filen är giltig.",
    template: "Ladda ner mallen för handlingsplanen",
    check: "Kontrollera filen",
    wouldCreate: "Importen skulle skapa:",
    focusAreas: "Insatsområden",
    subThemes: "Delområden",
    goals: "Mål",
    measures: "Åtgärder",
    parts: "Kommunernas delar",
    budgetLines: "Budgetrader",
    treeHeading: "Handlingsplanen som filen beskriver det",
    programmeGoals: "Mål för hela handlingsplanen",
    unplacedMeasures: "Åtgärder utan insatsområde",
    sheet: "Blad",
    problem: "Bladet «{{sheet}}», rad {{row}}, kolumn «{{column}}»: {{message}}",
    countsCaption: "Detta skulle importen skapa",
    level: "Nivå",
    count: "Antal",
    errorsCaption: "Problem i filen",
    column: "Kolumn",
    message: "Problem",
    local: "lokal",
    confirm: "Importera handlingsplanen",
    done: "Handlingsplanen importerades: {{focusAreas}} insatsområden, {{goals}} mål och {{measures}} åtgärder.",
    missingSheet: "Arbetsboken saknar bladet «{{sheet}}». Börja med mallen för handlingsplanen.",
  },
};
