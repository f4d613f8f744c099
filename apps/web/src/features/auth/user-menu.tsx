import { Button } from "@digdir/designsystemet-react";
import { officialName } from "@samspill/domain";
import { useTranslation } from "react-i18next";
import { errorCodeOf } from "../../shared/errors/error-code";
import { AppLink } from "../../shared/router/app-link";
import { NotificationSettingsLink } from "../notifications/settings-link";
import { signInHref } from "./return-to";
import { useCurrentUser, useSignOut } from "./use-auth";
import { useUserLanguage } from "./use-user-language";

/** The header's part about the reader: who is signed in and a way out, or a way in. */
export function UserMenu({ pathname }: { pathname: string }) {
  const { t } = useTranslation(["auth", "common"]);
  const me = useCurrentUser();
  const signOut = useSignOut();
  useUserLanguage(me.data);

  // Until we know, show nothing rather than a "Sign in" that may be wrong a moment later.
  if (me.isPending) return null;
  if (!me.data) {
    const { search, hash } = window.location;
    return (
      <AppLink href={signInHref(pathname + search + hash)} className="user-menu__sign-in">
        {t("menu.signIn")}
      </AppLink>
    );
  }
  const { name, organisation } = me.data;
  return (
    <div className="user-menu" role="group" aria-label={t("menu.label")}>
      <span className="user-menu__who">
        <span className="user-menu__name">{name}</span>
        {organisation && <span className="meta">{officialName(organisation)}</span>}
      </span>
      <NotificationSettingsLink />
      <Button
        variant="secondary"
        data-size="sm"
        loading={signOut.isPending}
        aria-disabled={signOut.isPending || undefined}
        onClick={() => {
          if (!signOut.isPending) signOut.mutate();
        }}
      >
        {signOut.isPending ? t("menu.signingOut") : t("menu.signOut")}
      </Button>
      {signOut.isError && (
        <span role="alert" className="user-menu__error">
          {t(`common:errors.${errorCodeOf(signOut.error)}`)}
        </span>
      )}
    </div>
  );
}
