import { Button, Heading } from "@digdir/designsystemet-react";
import { CreateMembershipInputSchema } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending } from "../../shared/forms";
import { AdminField } from "./admin-field";
import { OrganisationPicker } from "./organisation-picker";
import { inputProblem, problemOf, useAdminMessages, type Problem } from "./problem";
import { ProblemAlert } from "./problem-alert";
import type { OrganisationDetail } from "./types";

/** Record that a municipality joined the council from a date. */
export function AddMembershipForm({ council, onAdded }: { council: OrganisationDetail; onAdded: () => void }) {
  const { t } = useTranslation("admin");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [municipalityId, setMunicipalityId] = useState("");
  const [validFrom, setValidFrom] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const add = useMutation(
    trpc.organisations.addMembership.mutationOptions({
      onError: (error) => setProblem(problemOf(error)),
      onSuccess: async () => {
        setMunicipalityId("");
        setValidFrom("");
        onAdded();
        await queryClient.invalidateQueries({ queryKey: trpc.organisations.listMemberships.pathKey() });
      },
    }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const input = { councilId: council.id, municipalityId, validFrom };
    const found = inputProblem(checkBeforeSending(CreateMembershipInputSchema, input, input, ["municipalityId", "validFrom"]));
    setProblem(found);
    if (!found) add.mutate(input);
  }
  const fields = useAdminMessages({ municipalityId: t("memberships.municipality"), validFrom: t("memberships.from") }, problem?.fields ?? {});
  return (
    <form className="stack admin-panel" noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <Heading level={3} data-size="xs" id={`${id}-heading`}>
        {t("memberships.add")}
      </Heading>
      {problem && <ProblemAlert problem={problem} messages={fields} />}
      <OrganisationPicker
        id={`${id}-municipality`}
        label={t("memberships.municipality")}
        value={municipalityId}
        onChange={setMunicipalityId}
        kind="municipality"
        country={council.country}
        error={fields.municipalityId}
      />
      <AdminField id={`${id}-from`} label={t("memberships.from")} type="date" value={validFrom} onChange={setValidFrom} error={fields.validFrom} required />
      <div>
        <Button type="submit" loading={add.isPending}>
          {t("memberships.addSubmit")}
        </Button>
      </div>
    </form>
  );
}
