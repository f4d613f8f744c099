import { Button, Heading } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

export interface OfferedProvider {
  id: string;
  name: string;
  startUrl: string;
}

/**
 * "Sign in with …" for each provider offered. Plain links: the sign-in leaves for the provider's
 * page and comes back through the server, which opens the session.
 */
export function SsoButtons({ providers }: { providers: readonly OfferedProvider[] }) {
  const { t } = useTranslation("sso");
  if (providers.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="sso-heading">
      <Heading level={2} data-size="xs" id="sso-heading">
        {t("signIn.heading")}
      </Heading>
      <ul className="sign-in__providers">
        {providers.map((provider) => (
          <li key={provider.id}>
            <Button asChild variant="secondary">
              <a href={provider.startUrl}>{t("signIn.with", { name: provider.name })}</a>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
