import { Field, Label, Select } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { navigate } from "../../shared/router/navigation";
import type { FollowedCouncil } from "../home/use-navigation";

interface CouncilPickerProps {
  councils: readonly FollowedCouncil[];
  value: string;
  /** The page's URL for a council, so the choice is a real address. */
  hrefFor: (councilId: string) => string;
}

/** For those who follow several councils (a county official): whose reporting to look at. */
export function CouncilPicker({ councils, value, hrefFor }: CouncilPickerProps) {
  const { t } = useTranslation("navigation");
  const id = useId();
  return (
    <Field>
      <Label htmlFor={id}>{t("councilPicker.label")}</Label>
      <Select id={id} value={value} width="auto" onChange={(event) => navigate(hrefFor(event.target.value))}>
        {councils.map((council) => (
          <Select.Option key={council.id} value={council.id}>
            {council.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

const COUNCIL_PARAM = "council";

/** The council chosen in the address (`?council=`), if any. */
export function chosenCouncil(search: string): string | undefined {
  return new URLSearchParams(search).get(COUNCIL_PARAM) ?? undefined;
}

/** A path with the council chosen, keeping the address's other parameters (such as lang). */
export function withCouncil(path: string, councilId: string | undefined, search: string): string {
  const params = new URLSearchParams(search);
  if (councilId) params.set(COUNCIL_PARAM, councilId);
  else params.delete(COUNCIL_PARAM);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
