import type { Shape } from "../../shape";
import type { publicPages as en } from "./en";

export const publicPages: Shape<typeof en> = {
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
};
