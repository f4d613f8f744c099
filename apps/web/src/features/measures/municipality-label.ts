import type { AppRouter } from "@samspill/api";
import type { inferRouterOutputs } from "@trpc/server";
import type { TFunction } from "i18next";

export type MunicipalityOption = inferRouterOutputs<AppRouter>["measures"]["listMunicipalityOptions"]["items"][number];

/**
 * A filter option's text: a current member by its name; a former member with the years of its
 * membership, so that "Eidsvoll (member 2020–2023)" is told from today's Eidsvoll.
 */
export function municipalityLabel(option: MunicipalityOption, t: TFunction<"measures">): string {
  if (option.current) return option.name;
  if (!option.membership) return t("list.notMember", { name: option.name });
  const from = option.membership.validFrom.slice(0, 4);
  const to = option.membership.validTo?.slice(0, 4) ?? "";
  return t("list.formerMember", { name: option.name, period: from === to ? from : `${from}–${to}` });
}
