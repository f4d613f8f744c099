import type { Shape } from "../../shape";
import type { publicPages as en } from "./en";

export const publicPages: Shape<typeof en> = {
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
};
