import { Paragraph } from "@digdir/designsystemet-react";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ErrorAlert } from "../errors/error-alert";
import { navigate } from "../router/navigation";
import { Loading } from "../ui/loading";
import { ListPagination } from "./list-pagination";
import { PAGE_SIZE } from "./query-state";
import type { ListAddress } from "./use-list-address";

interface PagedListProps<T> {
  list: UseQueryResult<{ items: T[]; total: number }, unknown>;
  address: ListAddress;
  /** Said when no item matches the filters. */
  empty: string;
  /** The table of one page's items. */
  children: (items: T[], total: number) => ReactNode;
}

/** One page of a server-side list: loading, error, "nothing found", the items and the page links. */
export function PagedList<T>({ list, address, empty, children }: PagedListProps<T>) {
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  return (
    <>
      {list.data.items.length === 0 ? <Paragraph>{empty}</Paragraph> : children(list.data.items, list.data.total)}
      <ListPagination page={address.page} total={list.data.total} pageSize={PAGE_SIZE} hrefFor={address.pageHref} onNavigate={navigate} />
    </>
  );
}
