import type { Shape } from "../../shape";
import type { publicPages as en } from "./en";

export const publicPages: Shape<typeof en> = {
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
};
