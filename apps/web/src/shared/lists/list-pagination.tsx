import { Pagination, usePagination } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

interface ListPaginationProps {
  page: number;
  total: number;
  pageSize: number;
  /** The address of a page, so every page is a real link. */
  hrefFor: (page: number) => string;
  onNavigate: (href: string) => void;
}

/** Server-side pages as links; nothing when everything fits on one page. */
export function ListPagination({ page, total, pageSize, hrefFor, onNavigate }: ListPaginationProps) {
  const { t } = useTranslation();
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const { pages, prevButtonProps, nextButtonProps } = usePagination({
    currentPage: Math.min(page, totalPages),
    totalPages,
    showPages: 7,
    onChange: (event, next) => {
      event.preventDefault();
      onNavigate(hrefFor(next));
    },
  });
  if (totalPages <= 1) return null;
  return (
    <Pagination aria-label={t("pagination.label")}>
      <Pagination.List>
        <Pagination.Item>
          <Pagination.Button {...prevButtonProps} aria-label={t("pagination.previous")}>
            {t("pagination.previous")}
          </Pagination.Button>
        </Pagination.Item>
        {pages.map(({ page: number, itemKey, buttonProps }) => (
          <Pagination.Item key={itemKey}>
            {typeof number === "number" && <Pagination.Button {...buttonProps}>{number}</Pagination.Button>}
          </Pagination.Item>
        ))}
        <Pagination.Item>
          <Pagination.Button {...nextButtonProps} aria-label={t("pagination.next")}>
            {t("pagination.next")}
          </Pagination.Button>
        </Pagination.Item>
      </Pagination.List>
    </Pagination>
  );
}
