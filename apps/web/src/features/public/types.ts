import type { AppRouter } from "@samspill/api";
import type { inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>;

export type PublicProgramme = Outputs["public"]["programme"];
export type PublicProgress = PublicProgramme["progress"];
export type Council = Outputs["organisations"]["get"];
export type PublishedProgramme = Outputs["programmes"]["list"]["items"][number];
