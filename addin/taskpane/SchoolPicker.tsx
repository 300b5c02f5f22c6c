// The school field: a searchable combobox over the register (name, place, BRIN), following the WAI-ARIA
// combobox pattern with an inline listbox. Only selectable schools are offered (active, and parents informed:
// covenant art. 3.2); the address always comes from the register. Built on Fluent's Field and Input rather
// than Fluent's Combobox, whose popup positioning and focus libraries would add ~35 KB gz to the pane.
import { Field, Input, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import type { School } from "../../shared/register/school";
import { schoolNamedExactly, searchSchools } from "../../shared/register/select-schools";
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

const useStyles = makeStyles({
  input: { width: "100%" },
  listbox: {
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    padding: tokens.spacingVerticalXXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    maxHeight: "14rem",
    overflowY: "auto",
  },
  option: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
  },
  selected: { fontWeight: tokens.fontWeightSemibold },
  noMatch: { margin: `${tokens.spacingVerticalXXS} 0 0`, color: tokens.colorNeutralForeground2 },
});

export function schoolOptionText(school: School, locale: Locale): string {
  return composeMessages[locale].schoolOption(school.name, school.place, school.brin);
}

export function SchoolPicker({ schools, today, locale, selected, onSelect, error }: SchoolPickerProps) {
  const t = composeMessages[locale];
  const styles = useStyles();
  const listboxId = useId();
  const [query, setQuery] = useState(selected ? schoolOptionText(selected, locale) : "");
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  // While the text is exactly the chosen school's, list every school so the choice can be changed.
  const filter = selected && query === schoolOptionText(selected, locale) ? "" : query;
  const matches = useMemo(() => searchSchools(schools, filter, { today }), [schools, filter, today]);
  const optionId = (index: number) => `${listboxId}-option-${index}`;
  const showList = open && matches.length > 0;

  function choose(school: School) {
    setQuery(schoolOptionText(school, locale));
    setOpen(false);
    setActiveIndex(-1);
    onSelect(school);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        setOpen(true);
        setActiveIndex((index) => (matches.length === 0 ? -1 : Math.min(index + 1, matches.length - 1)));
        break;
      case "ArrowUp":
        event.preventDefault();
        setOpen(true);
        setActiveIndex((index) => Math.max(index - 1, 0));
        break;
      case "Enter": {
        // Enter picks a school; it never submits the form from here.
        event.preventDefault();
        const school = showList ? matches[activeIndex] ?? (matches.length === 1 ? matches[0] : undefined) : undefined;
        if (school) choose(school);
        break;
      }
      case "Escape":
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActiveIndex(-1);
        }
        break;
    }
  }

  return (
    <Field label={t.schoolLabel} required validationState={error ? "error" : "none"} validationMessage={error}>
      {(fieldProps) => (
        <div>
          <Input
            {...fieldProps}
            className={styles.input}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={showList}
            aria-controls={listboxId}
            aria-activedescendant={showList && activeIndex >= 0 ? optionId(activeIndex) : undefined}
            placeholder={t.schoolPlaceholder}
            autoComplete="off"
            value={query}
            onChange={(_event, data) => {
              setQuery(data.value);
              setOpen(true);
              setActiveIndex(-1);
              // A school's full name, typed out, is a choice: nothing left to pick from the list.
              const named = schoolNamedExactly(schools, data.value, { today });
              if (named) {
                if (named.id !== selected?.id) onSelect(named);
              } else if (selected) onSelect(undefined);
            }}
            onKeyDown={onKeyDown}
            onClick={() => setOpen(true)}
            onBlur={() => {
              setOpen(false);
              setActiveIndex(-1);
              if (selected) setQuery(schoolOptionText(selected, locale));
            }}
          />
          {showList ? (
            <div role="listbox" id={listboxId} aria-label={t.schoolLabel} className={styles.listbox}>
              {matches.map((school, index) => (
                <div
                  key={school.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={selected?.id === school.id}
                  className={mergeClasses(styles.option, index === activeIndex && styles.active, selected?.id === school.id && styles.selected)}
                  // Keep focus in the input: the option is chosen on click, not by focusing it.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(school)}
                >
                  {schoolOptionText(school, locale)}
                </div>
              ))}
            </div>
          ) : null}
          {open && matches.length === 0 ? (
            <p role="status" className={styles.noMatch}>
              {t.schoolNoMatch}
            </p>
          ) : null}
        </div>
      )}
    </Field>
  );
}
