import type { Shape } from "../../shape";
import type { files as en } from "./en";

export const files: Shape<typeof en> = {
  refusals: {
    file_too_large_measures: "Filen skulle innehålla {{count}} åtgärder, och en fil får innehålla högst {{limit}}. Där listan har filter, välj färre åtgärder.",
    file_too_large_rows: "Filen skulle få {{count}} rader, och en fil får ha högst {{limit}}. Välj ett mindre urval.",
    file_out_of_memory: "Filen blev för stor för att skapas inom det minne servern ger en fil ({{memoryMb}} MB). Välj ett mindre urval, eller fråga administratören.",
    file_failed: "Filen kunde inte skapas på grund av ett fel på servern. Försök igen; händer det igen, meddela administratören.",
    too_many_files: "Du har begärt många filer på kort tid. Försök igen om {{seconds}} sekunder.",
    files_busy: "Servern skapar många filer just nu. Försök igen om {{seconds}} sekunder.",
  },
};
