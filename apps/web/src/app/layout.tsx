import { Paragraph, SkipLink } from "@digdir/designsystemet-react";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { UserMenu } from "../features/auth/user-menu";
import { MainNavEntries } from "../features/home/nav-entries";
import { UnavailableNotice } from "../shared/errors/unavailable-notice";
import { LanguageSwitcher } from "../shared/language/language-switcher";
import { AppLink } from "../shared/router/app-link";
import { hrefFor } from "../shared/router/routes";

const MAIN_ID = "main-content";

/** Landmarks every page shares: header with the site name, navigation, language and user; main; footer. */
export function Layout({ pathname, children }: { pathname: string; children: ReactNode }) {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a client-side navigation, move focus to the new content as a page load would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="page">
      <SkipLink href={`#${MAIN_ID}`}>{t("app.skipToContent")}</SkipLink>
      <header className="page-header">
        <div className="page-header__inner">
          <AppLink href={hrefFor({ name: "home" })} className="site-name">
            {t("app.title")}
          </AppLink>
          <nav aria-label={t("app.mainNavigation")}>
            <ul className="nav-list">
              <MainNavEntries pathname={pathname} />
            </ul>
          </nav>
          <LanguageSwitcher />
          <UserMenu pathname={pathname} />
        </div>
      </header>
      <main id={MAIN_ID} ref={main} tabIndex={-1} className="page-main">
        <UnavailableNotice />
        {children}
      </main>
      <footer className="page-footer">
        <Paragraph data-size="sm">{t("app.footer")}</Paragraph>
      </footer>
    </div>
  );
}
