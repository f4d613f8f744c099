import { defineNamespace } from "./define-namespace";

// The whole programme in one Excel workbook: its sheets and headings (read back in any of the
// four languages), the instructions sheet, and the secretariat's import screen.

export const structureImport = defineNamespace(
  {
    sheet: { instructions: "Instructions", structure: "Focus areas and goals", lists: "Lists" },
    file: { template: "Programme template {{programme}}", programme: "Programme structure {{programme}}" },
    kind: { focus_area: "Focus area", sub_theme: "Sub-theme", goal: "Goal" },
    columns: { kind: "Row type", heading: "Heading", title: "Title", description: "Description" },
    instructions: {
      title: "The whole action programme in one workbook",
      structure:
        "Sheet «{{sheet}}»: one row per focus area, with its sub-themes and goals on the rows below it. A goal belongs to the focus area or sub-theme above it; goals above the first focus area are the programme's own.",
      measures:
        "Sheet «{{sheet}}»: one row per measure, with each municipality's part on the rows right below it. Name the focus area or sub-theme and the goals exactly as in the first sheet; separate several goals with «;».",
      budget: "Budget: one column per year, in whole {{currency}}. The funding source of the row applies to all its years.",
      lists: "The cells with choices (row type, status, funding source, municipality) offer the allowed values in a list.",
      strategy:
        "The vision and overarching goal belong to the strategy and are edited there. They are shown here for information and are not imported.",
      vision: "Vision: {{text}}",
      overarchingGoal: "Overarching goal: {{text}}",
    },
    import: {
      link: "Import the whole programme from Excel",
      heading: "Import the whole programme",
      intro:
        "Fill in the template with the focus areas, sub-themes, goals and measures of {{programme}}, with the municipalities' parts and budgets. Nothing is saved until you confirm, and only when the whole file is valid.",
      template: "Download the programme template",
      check: "Check the file",
      wouldCreate: "The import would create:",
      focusAreas: "Focus areas",
      subThemes: "Sub-themes",
      goals: "Goals",
      measures: "Measures",
      parts: "Municipalities' parts",
      budgetLines: "Budget lines",
      treeHeading: "The programme as the file describes it",
      programmeGoals: "Goals of the whole programme",
      unplacedMeasures: "Measures without a focus area",
      sheet: "Sheet",
      problem: "Sheet «{{sheet}}», row {{row}}, column «{{column}}»: {{message}}",
      confirm: "Import the programme",
      done: "The programme was imported: {{focusAreas}} focus areas, {{goals}} goals and {{measures}} measures.",
      missingSheet: "The workbook has no sheet «{{sheet}}». Start from the programme template.",
      programmeHasStructure: "The programme already has focus areas, goals or measures. Import into a new, empty draft.",
    },
  },
  {
    nb: {
      sheet: { instructions: "Veiledning", structure: "Innsatsområder og mål", lists: "Lister" },
      file: { template: "Programmal {{programme}}", programme: "Programstruktur {{programme}}" },
      kind: { focus_area: "Innsatsområde", sub_theme: "Undertema", goal: "Mål" },
      columns: { kind: "Radtype", heading: "Overskrift", title: "Tittel", description: "Beskrivelse" },
      instructions: {
        title: "Hele handlingsprogrammet i én arbeidsbok",
        structure:
          "Arket «{{sheet}}»: én rad per innsatsområde, med undertemaene og målene på radene under. Et mål hører til innsatsområdet eller undertemaet over det; mål over det første innsatsområdet gjelder hele programmet.",
        measures:
          "Arket «{{sheet}}»: én rad per tiltak, med hver kommunes del på radene rett under. Skriv innsatsområdet eller undertemaet og målene nøyaktig som i det første arket; skill flere mål med «;».",
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
          "Fyll ut malen med innsatsområdene, undertemaene, målene og tiltakene i {{programme}}, med kommunenes deler og budsjett. Ingenting lagres før du bekrefter, og bare når hele filen er gyldig.",
        template: "Last ned programmalen",
        check: "Kontroller filen",
        wouldCreate: "Importen vil opprette:",
        focusAreas: "Innsatsområder",
        subThemes: "Undertemaer",
        goals: "Mål",
        measures: "Tiltak",
        parts: "Kommunenes deler",
        budgetLines: "Budsjettlinjer",
        treeHeading: "Programmet slik filen beskriver det",
        programmeGoals: "Mål for hele programmet",
        unplacedMeasures: "Tiltak uten innsatsområde",
        sheet: "Ark",
        problem: "Arket «{{sheet}}», rad {{row}}, kolonne «{{column}}»: {{message}}",
        confirm: "Importer programmet",
        done: "Programmet ble importert: {{focusAreas}} innsatsområder, {{goals}} mål og {{measures}} tiltak.",
        missingSheet: "Arbeidsboken har ikke arket «{{sheet}}». Start med programmalen.",
        programmeHasStructure: "Programmet har allerede innsatsområder, mål eller tiltak. Importer til et nytt, tomt utkast.",
      },
    },
    nn: {
      sheet: { instructions: "Rettleiing", structure: "Innsatsområde og mål", lists: "Lister" },
      file: { template: "Programmal {{programme}}", programme: "Programstruktur {{programme}}" },
      kind: { focus_area: "Innsatsområde", sub_theme: "Undertema", goal: "Mål" },
      columns: { kind: "Radtype", heading: "Overskrift", title: "Tittel", description: "Skildring" },
      instructions: {
        title: "Heile handlingsprogrammet i éi arbeidsbok",
        structure:
          "Arket «{{sheet}}»: éi rad per innsatsområde, med undertemaa og måla på radene under. Eit mål høyrer til innsatsområdet eller undertemaet over det; mål over det første innsatsområdet gjeld heile programmet.",
        measures:
          "Arket «{{sheet}}»: éi rad per tiltak, med delen til kvar kommune på radene rett under. Skriv innsatsområdet eller undertemaet og måla nøyaktig som i det første arket; skil fleire mål med «;».",
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
        focusAreas: "Innsatsområde",
        subThemes: "Undertema",
        goals: "Mål",
        measures: "Tiltak",
        parts: "Delane til kommunane",
        budgetLines: "Budsjettliner",
        treeHeading: "Programmet slik fila skildrar det",
        programmeGoals: "Mål for heile programmet",
        unplacedMeasures: "Tiltak utan innsatsområde",
        sheet: "Ark",
        problem: "Arket «{{sheet}}», rad {{row}}, kolonne «{{column}}»: {{message}}",
        confirm: "Importer programmet",
        done: "Programmet vart importert: {{focusAreas}} innsatsområde, {{goals}} mål og {{measures}} tiltak.",
        missingSheet: "Arbeidsboka har ikkje arket «{{sheet}}». Start med programmalen.",
        programmeHasStructure: "Programmet har alt innsatsområde, mål eller tiltak. Importer til eit nytt, tomt utkast.",
      },
    },
    sv: {
      sheet: { instructions: "Anvisningar", structure: "Insatsområden och mål", lists: "Listor" },
      file: { template: "Programmall {{programme}}", programme: "Programstruktur {{programme}}" },
      kind: { focus_area: "Insatsområde", sub_theme: "Deltema", goal: "Mål" },
      columns: { kind: "Radtyp", heading: "Rubrik", title: "Titel", description: "Beskrivning" },
      instructions: {
        title: "Hela handlingsprogrammet i en arbetsbok",
        structure:
          "Bladet «{{sheet}}»: en rad per insatsområde, med dess delteman och mål på raderna under. Ett mål hör till insatsområdet eller deltemat ovanför; mål ovanför det första insatsområdet gäller hela programmet.",
        measures:
          "Bladet «{{sheet}}»: en rad per åtgärd, med varje kommuns del på raderna direkt under. Skriv insatsområdet eller deltemat och målen exakt som i det första bladet; skilj flera mål med «;».",
        budget: "Budget: en kolumn per år, i hela {{currency}}. Radens finansieringskälla gäller alla år.",
        lists: "Cellerna med val (radtyp, status, finansieringskälla, kommun) har de tillåtna värdena i en lista.",
        strategy:
          "Visionen och det övergripande målet hör till strategin och redigeras där. De visas här för kännedom och importeras inte.",
        vision: "Vision: {{text}}",
        overarchingGoal: "Övergripande mål: {{text}}",
      },
      import: {
        link: "Importera hela programmet från Excel",
        heading: "Importera hela programmet",
        intro:
          "Fyll i mallen med insatsområden, delteman, mål och åtgärder i {{programme}}, med kommunernas delar och budget. Inget sparas förrän du bekräftar, och bara när hela filen är giltig.",
        template: "Ladda ner programmallen",
        check: "Kontrollera filen",
        wouldCreate: "Importen skulle skapa:",
        focusAreas: "Insatsområden",
        subThemes: "Delteman",
        goals: "Mål",
        measures: "Åtgärder",
        parts: "Kommunernas delar",
        budgetLines: "Budgetrader",
        treeHeading: "Programmet som filen beskriver det",
        programmeGoals: "Mål för hela programmet",
        unplacedMeasures: "Åtgärder utan insatsområde",
        sheet: "Blad",
        problem: "Bladet «{{sheet}}», rad {{row}}, kolumn «{{column}}»: {{message}}",
        confirm: "Importera programmet",
        done: "Programmet importerades: {{focusAreas}} insatsområden, {{goals}} mål och {{measures}} åtgärder.",
        missingSheet: "Arbetsboken saknar bladet «{{sheet}}». Börja med programmallen.",
        programmeHasStructure: "Programmet har redan insatsområden, mål eller åtgärder. Importera till ett nytt, tomt utkast.",
      },
    },
  },
);
