import { CreateProgrammeRoleInputSchema, MEMBER_ROLES_IN_FOLLOW_UP } from "@samspill/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending, CreateForm, FormField, useCreateForm, useFieldMessages } from "../../shared/forms";
import type { ProgrammeDetail } from "../programmes/types";
import { useMembers } from "./use-members";

const ID = "new-role";
const ORDER = ["organisationId", "role", "responsibility"] as const;
const EMPTY = { organisationId: "", role: "contributor", responsibility: "" };

interface AddRoleFormProps {
  programme: Pick<ProgrammeDetail, "id" | "owner">;
  /** `another`: the form stays open for the next one ("save and add another"). */
  onAdded: (name: string, another: boolean) => void;
  onCancel: () => void;
}

/**
 * Who takes part in the follow-up and how (seed 002): the council's members, or the council
 * itself, the counties and partners (a business park, the business associations).
 */
export function AddRoleForm({ programme, onAdded, onCancel }: AddRoleFormProps) {
  const { t } = useTranslation(["programme-editing", "programmes"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const add = useMutation(trpc.programmes.setRole.mutationOptions());
  const { members } = useMembers(programme.owner.id);
  const country = programme.owner.country;
  const partners = useQuery(trpc.organisations.list.queryOptions({ kind: "partner", country, limit: 200 }));
  const counties = useQuery(trpc.organisations.list.queryOptions({ kind: "county", country, limit: 200 }));
  const others = [programme.owner, ...(counties.data?.items ?? []), ...(partners.data?.items ?? [])]
    .filter((organisation, index, all) => all.findIndex((other) => other.id === organisation.id) === index)
    .filter((organisation) => !members.some((member) => member.id === organisation.id));
  // The next organisation often takes the same role (the members all contribute).
  const form = useCreateForm(EMPTY, { keep: ["role"] });
  const { values, set, errors } = form;
  const labels = { organisationId: t("role.organisation"), role: t("role.role"), responsibility: t("role.responsibility") };
  const messages = useFieldMessages({ labels }, errors);
  const field = (name: (typeof ORDER)[number]) => ({ id: `${ID}-${name}`, label: labels[name], value: values[name], onChange: set(name), error: messages[name] });
  const input = { programmeId: programme.id, organisationId: values.organisationId, role: values.role, responsibility: values.responsibility.trim() };
  const nameOf = (id: string) => [...members, ...others].find((organisation) => organisation.id === id)?.name ?? "";

  const save = (another: boolean) =>
    void form.submit(checkBeforeSending(CreateProgrammeRoleInputSchema, input, values, ["organisationId"]), async () => {
      await add.mutateAsync(CreateProgrammeRoleInputSchema.parse(input));
      await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
      onAdded(nameOf(input.organisationId), another);
    }, { another });

  return (
    <CreateForm heading={t("role.heading")} idPrefix={ID} order={ORDER} messages={messages} failure={form.failure} attempt={form.attempt}
      pending={form.pending} submitLabel={t("role.submit")} onSubmit={() => save(false)} onCancel={onCancel}
      another={{ label: t("form.addAnother"), onSubmit: () => save(true), added: form.added }}>
      <FormField {...field("organisationId")} kind="select" required>
        <option value="">{t("role.choose")}</option>
        {members.length > 0 && (
          <optgroup label={t("role.members")}>
            {members.map((member) => <option key={member.id} value={member.id}>{member.name}</option>)}
          </optgroup>
        )}
        <optgroup label={t("role.others")}>
          {others.map((organisation) => <option key={organisation.id} value={organisation.id}>{organisation.name}</option>)}
        </optgroup>
      </FormField>
      <FormField {...field("role")} kind="select">
        {MEMBER_ROLES_IN_FOLLOW_UP.map((role) => <option key={role} value={role}>{t(`programmes:detail.role.${role}`)}</option>)}
      </FormField>
      <FormField {...field("responsibility")} kind="textarea" />
    </CreateForm>
  );
}
