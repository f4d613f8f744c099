// Why a Word document or a spreadsheet could not be downloaded: the server's reason beside its
// code, with the limit it names (`FILE_SIZE_LIMITS`, `FileLimits` in the API).
export const files = {
  refusals: {
    file_too_large_measures: "This file would hold {{count}} measures, and one file can hold at most {{limit}}. Where the list has filters, choose fewer measures.",
    file_too_large_rows: "This file would have {{count}} rows, and one file can have at most {{limit}}. Choose a smaller selection.",
    file_out_of_memory: "The file was too large to make within the memory the server allows for one file ({{memoryMb}} MB). Choose a smaller selection, or ask the administrator.",
    file_failed: "The file could not be made because of an error on the server. Try again; if it happens again, tell the administrator.",
    too_many_files: "You have asked for many files in a short time. Try again in {{seconds}} seconds.",
    files_busy: "The server is making many files right now. Try again in {{seconds}} seconds.",
  },
};
