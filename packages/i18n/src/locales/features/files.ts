import { defineNamespace } from "./define-namespace";

// Why a Word document or a spreadsheet could not be downloaded: the server's reason beside its
// code, with the limit it names (`FILE_SIZE_LIMITS`, `FileLimits` in the API).
export const files = defineNamespace(
  {
    refusals: {
      file_too_large_measures: "This file would hold {{count}} measures, and one file can hold at most {{limit}}. Where the list has filters, choose fewer measures.",
      file_too_large_rows: "This file would have {{count}} rows, and one file can have at most {{limit}}. Choose a smaller selection.",
      file_out_of_memory: "The file was too large to make within the memory the server allows for one file ({{memoryMb}} MB). Choose a smaller selection, or ask the administrator.",
      file_failed: "The file could not be made because of an error on the server. Try again; if it happens again, tell the administrator.",
      too_many_files: "You have asked for many files in a short time. Try again in {{seconds}} seconds.",
      files_busy: "The server is making many files right now. Try again in {{seconds}} seconds.",
    },
  },
  {
    nb: {
      refusals: {
        file_too_large_measures: "Denne fila ville fått {{count}} tiltak, og én fil kan ha høyst {{limit}}. Der lista har filtre, velg færre tiltak.",
        file_too_large_rows: "Denne fila ville fått {{count}} rader, og én fil kan ha høyst {{limit}}. Velg et mindre utvalg.",
        file_out_of_memory: "Fila ble for stor til å lages innenfor minnet serveren gir én fil ({{memoryMb}} MB). Velg et mindre utvalg, eller spør administratoren.",
        file_failed: "Fila kunne ikke lages på grunn av en feil på serveren. Prøv igjen; skjer det igjen, si fra til administratoren.",
        too_many_files: "Du har bedt om mange filer på kort tid. Prøv igjen om {{seconds}} sekunder.",
        files_busy: "Serveren lager mange filer akkurat nå. Prøv igjen om {{seconds}} sekunder.",
      },
    },
    nn: {
      refusals: {
        file_too_large_measures: "Denne fila ville fått {{count}} tiltak, og éi fil kan ha høgst {{limit}}. Der lista har filter, vel færre tiltak.",
        file_too_large_rows: "Denne fila ville fått {{count}} rader, og éi fil kan ha høgst {{limit}}. Vel eit mindre utval.",
        file_out_of_memory: "Fila vart for stor til å lagast innanfor minnet serveren gjev éi fil ({{memoryMb}} MB). Vel eit mindre utval, eller spør administratoren.",
        file_failed: "Fila kunne ikkje lagast på grunn av ein feil på serveren. Prøv igjen; skjer det igjen, sei frå til administratoren.",
        too_many_files: "Du har bede om mange filer på kort tid. Prøv igjen om {{seconds}} sekund.",
        files_busy: "Serveren lagar mange filer akkurat no. Prøv igjen om {{seconds}} sekund.",
      },
    },
    sv: {
      refusals: {
        file_too_large_measures: "Filen skulle innehålla {{count}} åtgärder, och en fil får innehålla högst {{limit}}. Där listan har filter, välj färre åtgärder.",
        file_too_large_rows: "Filen skulle få {{count}} rader, och en fil får ha högst {{limit}}. Välj ett mindre urval.",
        file_out_of_memory: "Filen blev för stor för att skapas inom det minne servern ger en fil ({{memoryMb}} MB). Välj ett mindre urval, eller fråga administratören.",
        file_failed: "Filen kunde inte skapas på grund av ett fel på servern. Försök igen; händer det igen, meddela administratören.",
        too_many_files: "Du har begärt många filer på kort tid. Försök igen om {{seconds}} sekunder.",
        files_busy: "Servern skapar många filer just nu. Försök igen om {{seconds}} sekunder.",
      },
    },
  },
);
