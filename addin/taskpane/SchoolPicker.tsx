// The school field: a searchable list over the register (name, place, BRIN). Only selectable schools are
// offered (active, and parents informed: covenant art. 3.2); the address always comes from the register.
import { Combobox, Field, Option } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { School } from "../../shared/register/school";
import { searchSchools } from "../../shared/register/select-schools";
import { composeMessages } from "../../shared/messages/compose";
import type { Locale } from "../../shared/messages/define";

export interface SchoolPickerProps {
  schools: readonly School[];
  today: string;
  locale: Locale;
  selected: School | undefined;
  onSelect: (school: School | undefined) => void;
  error: string | undefined;
}

export function schoolOptionText(school: School, locale: Locale): string {
  return composeMessages[locale].schoolOption(school.name, school.place, school.brin);
}

export function SchoolPicker({ schools, today, locale, selected, onSelect, error }: SchoolPickerProps) {
  const t = composeMessages[locale];
  const [query, setQuery] = useState(selected ? schoolOptionText(selected, locale) : "");
  // While the text is exactly the chosen school's, show every school so the choice can be changed.
  const filter = selected && query === schoolOptionText(selected, locale) ? "" : query;
  const matches = useMemo(() => searchSchools(schools, filter, { today }), [schools, filter, today]);

  return (
    <Field label={t.schoolLabel} required validationState={error ? "error" : "none"} validationMessage={error}>
      <Combobox
        placeholder={t.schoolPlaceholder}
        value={query}
        selectedOptions={selected ? [selected.id] : []}
        onChange={(event) => {
          setQuery(event.target.value);
          if (selected) onSelect(undefined);
        }}
        onOptionSelect={(_event, data) => {
          const school = matches.find((candidate) => candidate.id === data.optionValue);
          setQuery(school ? schoolOptionText(school, locale) : "");
          onSelect(school);
        }}
      >
        {matches.map((school) => (
          <Option key={school.id} value={school.id}>
            {schoolOptionText(school, locale)}
          </Option>
        ))}
        {matches.length === 0 ? (
          <Option key="no-match" value="" text="" disabled>
            {t.schoolNoMatch}
          </Option>
        ) : null}
      </Combobox>
    </Field>
  );
}
