import { Heading } from "@digdir/designsystemet-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { SsoPasswordSwitch } from "./sso-password-switch";

/** Password sign-in for the whole installation; admins keep theirs either way. */
export function SsoInstallationSetting() {
  const { t } = useTranslation("sso");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.identityProviders.installationSettings.queryOptions());
  const set = useMutation(trpc.identityProviders.setInstallationPasswordSignIn.mutationOptions());
  if (!settings.data) return null;
  const { version, passwordSignIn } = settings.data;
  return (
    <section className="stack" aria-labelledby="sso-password-heading">
      <Heading level={2} data-size="md" id="sso-password-heading">
        {t("password.heading")}
      </Heading>
      <SsoPasswordSwitch
        label={t("password.installation")}
        description={t("password.installationHelp")}
        checked={passwordSignIn}
        save={async (value) => {
          try {
            await set.mutateAsync({ passwordSignIn: value, version });
          } finally {
            await queryClient.invalidateQueries({ queryKey: trpc.identityProviders.installationSettings.queryKey() });
          }
        }}
      />
    </section>
  );
}
