import { Button, Fieldset, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { OrganisationPicker } from "./organisation-picker";

interface SsoOrganisationsProps {
  id: string;
  label: string;
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}

/** The organisations whose people a provider signs in: picked one at a time, removed from the list. */
export function SsoOrganisations({ id, label, value, onChange, error }: SsoOrganisationsProps) {
  const { t } = useTranslation("sso");
  const [picked, setPicked] = useState("");
  return (
    <Fieldset id={id}>
      <Fieldset.Legend>{label}</Fieldset.Legend>
      <Fieldset.Description>{t("provider.organisationsHelp")}</Fieldset.Description>
      {value.length === 0 ? (
        <Paragraph>{t("provider.noOrganisations")}</Paragraph>
      ) : (
        <ul className="stack">
          {value.map((organisationId) => (
            <li key={organisationId} className="admin-buttons">
              <OrganisationName id={organisationId} />
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange(value.filter((other) => other !== organisationId))}>
                {t("provider.removeOrganisation")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <OrganisationPicker id={`${id}-add`} label={t("provider.addOrganisation")} value={picked} onChange={setPicked} error={error} />
      <div>
        <Button type="button" variant="secondary" disabled={!picked || value.includes(picked)} onClick={() => { onChange([...value, picked]); setPicked(""); }}>
          {t("provider.add")}
        </Button>
      </div>
    </Fieldset>
  );
}

function OrganisationName({ id }: { id: string }) {
  const trpc = useTRPC();
  const organisation = useQuery(trpc.organisations.get.queryOptions({ id }));
  return <span>{organisation.data?.name ?? "…"}</span>;
}
