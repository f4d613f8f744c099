import { Heading } from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { SsoPasswordSwitch } from "./sso-password-switch";
import type { OrganisationDetail } from "./types";

/** Password sign-in for the people of one organisation, on its admin page. */
export function SsoOrganisationPassword({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation("sso");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const set = useMutation(trpc.identityProviders.setOrganisationPasswordSignIn.mutationOptions());
  return (
    <section className="stack" aria-labelledby="sso-organisation-password">
      <Heading level={2} data-size="sm" id="sso-organisation-password">
        {t("password.heading")}
      </Heading>
      <SsoPasswordSwitch
        label={t("password.organisation", { name: organisation.name })}
        description={t("password.organisationHelp")}
        checked={organisation.passwordSignIn}
        save={async (value) => {
          try {
            await set.mutateAsync({ organisationId: organisation.id, version: organisation.version, passwordSignIn: value });
          } finally {
            await queryClient.invalidateQueries({ queryKey: trpc.organisations.get.pathKey() });
          }
        }}
      />
    </section>
  );
}
