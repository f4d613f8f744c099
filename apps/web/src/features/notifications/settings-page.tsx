import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { AppLink } from "../../shared/router/app-link";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { signInHref } from "../auth/return-to";
import { useCurrentUser } from "../auth/use-auth";
import { useNavigation } from "../home/use-navigation";
import { PreferencesForm } from "./preferences-form";

/** The signed-in user's own choice of e-mails. */
export function NotificationSettingsPage() {
  const { t } = useTranslation(["notifications", "admin"]);
  const me = useCurrentUser();
  const navigation = useNavigation();
  useDocumentTitle(t("settings.heading"));
  if (me.isPending || (me.data && navigation.isPending)) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} headingLevel={1} />;
  if (!me.data) {
    return (
      <Alert data-color="info">
        <Heading level={1} data-size="sm">{t("settings.heading")}</Heading>
        <Paragraph>{t("admin:gate.signIn")}</Paragraph>
        <AppLink href={signInHref(window.location.pathname)}>{t("admin:gate.signInLink")}</AppLink>
      </Alert>
    );
  }
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("settings.heading")}
      </Heading>
      <Paragraph>{t("settings.intro")}</Paragraph>
      {/* The weekly digest is of reports awaiting review: for those who review them. */}
      <Preferences showDigest={navigation.has("reportQueue")} />
    </div>
  );
}

function Preferences({ showDigest }: { showDigest: boolean }) {
  const trpc = useTRPC();
  const preferences = useQuery(trpc.notifications.getPreferences.queryOptions());
  if (preferences.isPending) return <Loading />;
  if (preferences.isError) return <ErrorAlert error={preferences.error} />;
  return <PreferencesForm initial={preferences.data} showDigest={showDigest} />;
}
