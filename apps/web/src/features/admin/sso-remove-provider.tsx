import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { useRemoval } from "../../shared/forms";
import type { ProviderItem } from "./sso-provider-values";

/** "Remove" asks once more, then removes the provider at the version read. */
export function SsoRemoveProvider({ provider, onRemoved }: { provider: ProviderItem; onRemoved: () => void }) {
  const { t } = useTranslation(["sso", "common", "admin"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const remove = useMutation(trpc.identityProviders.remove.mutationOptions());
  const listKey = trpc.identityProviders.list.pathKey();
  const removal = useRemoval(
    (version) => remove.mutateAsync({ id: provider.id, version }),
    () => {
      onRemoved();
      void queryClient.invalidateQueries({ queryKey: listKey });
    },
  );
  if (!asking) {
    return (
      <Button type="button" variant="tertiary" data-size="sm" onClick={() => setAsking(true)}>
        {t("page.remove", { name: provider.name })}
      </Button>
    );
  }
  return (
    <div className="stack" role="group" aria-label={t("page.remove", { name: provider.name })}>
      <Paragraph>{t("page.removeConfirm", { name: provider.name })}</Paragraph>
      {removal.problem && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t(`common:errors.${removal.problem.code}`)}</Paragraph>
        </Alert>
      )}
      <div className="admin-buttons">
        <Button type="button" data-color="danger" data-size="sm" loading={removal.pending} onClick={() => void removal.run(async () => provider.version)}>
          {t("page.removeYes")}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => setAsking(false)}>
          {t("admin:form.cancel")}
        </Button>
      </div>
    </div>
  );
}
