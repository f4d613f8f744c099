import type { Shape } from "../../shape";
import type { files as en } from "./en";

export const files: Shape<typeof en> = {
  refusals: {
    file_too_large_measures: "Denne fila ville fått {{count}} tiltak, og én fil kan ha høyst {{limit}}. Der lista har filtre, velg færre tiltak.",
    file_too_large_rows: "Denne fila ville fått {{count}} rader, og én fil kan ha høyst {{limit}}. Velg et mindre utvalg.",
    file_out_of_memory: "Fila ble for stor til å lages innenfor minnet serveren gir én fil ({{memoryMb}} MB). Velg et mindre utvalg, eller spør administratoren.",
    file_failed: "Fila kunne ikke lages på grunn av en feil på serveren. Prøv igjen; skjer det igjen, si fra til administratoren.",
    too_many_files: "Du har bedt om mange filer på kort tid. Prøv igjen om {{seconds}} sekunder.",
    files_busy: "Serveren lager mange filer akkurat nå. Prøv igjen om {{seconds}} sekunder.",
  },
};
