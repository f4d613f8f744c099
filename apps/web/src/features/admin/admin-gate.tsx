import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { AppLink } from "../../shared/router/app-link";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { signInHref } from "../auth/return-to";
import { useCurrentUser } from "../auth/use-auth";
import { useNavigation } from "../home/use-navigation";

/**
 * Shows the admin screens to admins only. This hides what the server would refuse anyway; the
 * server still decides, and its refusals are shown where they happen.
 */
export function AdminGate({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation(["admin", "common"]);
  const me = useCurrentUser();
  const navigation = useNavigation();
  const allowed = navigation.has("administration");
  useDocumentTitle(allowed ? title : me.isPending ? undefined : t("common:errors.heading"));
  if (me.isPending || (me.data && navigation.isPending)) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} headingLevel={1} />;
  if (!me.data) {
    const { pathname, search } = window.location;
    return (
      <Alert data-color="info">
        <Heading level={1} data-size="sm">{title}</Heading>
        <Paragraph>{t("gate.signIn")}</Paragraph>
        <AppLink href={signInHref(pathname + search)}>{t("gate.signInLink")}</AppLink>
      </Alert>
    );
  }
  if (!allowed) {
    return (
      <Alert data-color="danger" role="alert">
        <Heading level={1} data-size="sm">{title}</Heading>
        <Paragraph>{t("common:errors.FORBIDDEN")}</Paragraph>
      </Alert>
    );
  }
  return <>{children}</>;
}
