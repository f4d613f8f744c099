import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../app/trpc";

/** The council's member municipalities today, by name: the choices for a local owner or a part. */
export function useMembers(councilId: string, enabled = true) {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.organisations.listMemberships.queryOptions({ councilId, limit: 200 }), enabled: enabled && Boolean(councilId) });
  const members = (query.data?.items ?? [])
    .map((item) => item.municipality)
    .sort((a, b) => a.name.localeCompare(b.name, "nb"));
  return { members, isPending: query.isPending && enabled, isError: query.isError, error: query.error };
}
