import { z } from "zod";

/** Paging shared by the list procedures of strategies, programmes and meetings. */
export const pageFields = {
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(100_000).default(0),
};
