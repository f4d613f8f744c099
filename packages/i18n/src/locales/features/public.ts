import { defineNamespace } from "./define-namespace";

// The public council page: published programmes and their progress, for anyone.
export const publicPages = defineNamespace(
  {
    council: {
      description: "{{name}}: published action programmes and how the work is progressing.",
      programmes: "Published action programmes",
      empty: "{{name}} has not published any action programmes yet.",
      period: "Period",
      status: "Status",
      measureCount_one: "{{count}} measure",
      measureCount_other: "{{count}} measures",
      overall: "Overall progress",
      overallLabel: "Overall progress of {{title}}",
      byStatus: "Measures by status",
      readProgramme: "Read the programme",
      website: "Website",
    },
  },
  {
    nb: {
      council: {
        description: "{{name}}: publiserte handlingsprogram og hvordan arbeidet går.",
        programmes: "Publiserte handlingsprogram",
        empty: "{{name}} har ikke publisert noen handlingsprogram ennå.",
        period: "Periode",
        status: "Status",
        measureCount_one: "{{count}} tiltak",
        measureCount_other: "{{count}} tiltak",
        overall: "Samlet framdrift",
        overallLabel: "Samlet framdrift for {{title}}",
        byStatus: "Tiltak etter status",
        readProgramme: "Les programmet",
        website: "Nettsted",
      },
    },
    nn: {
      council: {
        description: "{{name}}: publiserte handlingsprogram og korleis arbeidet går.",
        programmes: "Publiserte handlingsprogram",
        empty: "{{name}} har ikkje publisert nokon handlingsprogram enno.",
        period: "Periode",
        status: "Status",
        measureCount_one: "{{count}} tiltak",
        measureCount_other: "{{count}} tiltak",
        overall: "Samla framdrift",
        overallLabel: "Samla framdrift for {{title}}",
        byStatus: "Tiltak etter status",
        readProgramme: "Les programmet",
        website: "Nettstad",
      },
    },
    sv: {
      council: {
        description: "{{name}}: publicerade handlingsplaner och hur arbetet går.",
        programmes: "Publicerade handlingsplaner",
        empty: "{{name}} har inte publicerat några handlingsplaner ännu.",
        period: "Period",
        status: "Status",
        measureCount_one: "{{count}} åtgärd",
        measureCount_other: "{{count}} åtgärder",
        overall: "Sammanlagd framdrift",
        overallLabel: "Sammanlagd framdrift för {{title}}",
        byStatus: "Åtgärder efter status",
        readProgramme: "Läs planen",
        website: "Webbplats",
      },
    },
  },
);
