import { Field, Label, Select } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { navigate } from "../../shared/router/navigation";
import type { Period } from "./types";

interface PeriodPickerProps {
  periods: readonly Period[];
  value: string;
  /** The page's URL for a period, so the choice is a real address (back button, deep links). */
  hrefFor: (periodId: string) => string;
}

export function PeriodPicker({ periods, value, hrefFor }: PeriodPickerProps) {
  const { t } = useTranslation("reports");
  const id = useId();
  return (
    <Field>
      <Label htmlFor={id}>{t("picker.label")}</Label>
      <Select id={id} value={value} width="auto" onChange={(event) => navigate(hrefFor(event.target.value))}>
        {periods.map((period) => (
          <Select.Option key={period.id} value={period.id}>
            {period.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
