import { COUNTRY_CODES } from '@passerelle/domain';
import { useMemo, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from './country-name';
import type { FieldControlProps } from './form';

interface CountryOption {
  code: string;
  name: string;
}

/** Every country named in `language`, in that language's alphabetical order. */
export function countryOptions(language: string): CountryOption[] {
  const collator = new Intl.Collator(language);
  return COUNTRY_CODES.map((code) => ({ code, name: countryName(code, language) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}

/**
 * A country chosen by its name in the reader's language; the API receives the ISO 3166-1 code. The first
 * option says what choosing nothing means (no country yet, or every country in a filter).
 */
export function CountrySelect({
  control,
  name,
  value,
  onChange,
  emptyLabel,
  required = false,
}: {
  control: FieldControlProps;
  name: string;
  value: string;
  onChange: (code: string) => void;
  emptyLabel: string;
  required?: boolean;
}) {
  const { i18n } = useTranslation();
  const options = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  return (
    <select
      {...control}
      name={name}
      required={required}
      value={value.toUpperCase()}
      onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
    >
      <option value="">{emptyLabel}</option>
      {options.map((option) => (
        <option key={option.code} value={option.code}>
          {option.name}
        </option>
      ))}
    </select>
  );
}
