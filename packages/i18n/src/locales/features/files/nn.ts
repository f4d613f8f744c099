import type { Shape } from "../../shape";
import type { files as en } from "./en";

export const files: Shape<typeof en> = {
  refusals: {
    file_too_large_measures: "Denne fila ville fått {{count}} tiltak, og éi fil kan ha høgst {{limit}}. Der lista har filter, vel færre tiltak.",
    file_too_large_rows: "Denne fila ville fått {{count}} rader, og éi fil kan ha høgst {{limit}}. Vel eit mindre utval.",
    file_out_of_memory: "Fila vart for stor til å lagast innanfor minnet serveren gjev éi fil ({{memoryMb}} MB). Vel eit mindre utval, eller spør administratoren.",
    file_failed: "Fila kunne ikkje lagast på grunn av ein feil på serveren. Prøv igjen; skjer det igjen, sei frå til administratoren.",
    too_many_files: "Du har bede om mange filer på kort tid. Prøv igjen om {{seconds}} sekund.",
    files_busy: "Serveren lagar mange filer akkurat no. Prøv igjen om {{seconds}} sekund.",
  },
};
