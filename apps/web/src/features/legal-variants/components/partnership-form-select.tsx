import { PARTNERSHIP_FORMS, type PartnershipForm } from '@passerelle/domain';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/form';
import { isOneOf } from '../../../lib/is-one-of';

/** The partnership's form (twinning, decentralised cooperation…), chosen at creation and changed later. */
export function PartnershipFormSelect({
  label,
  hint,
  error,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  error?: string;
  value: PartnershipForm;
  onChange: (form: PartnershipForm) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field label={label} hint={hint} error={error}>
      {(props) => (
        <select
          {...props}
          name="form"
          value={value}
          onChange={(event) => {
            if (isOneOf(PARTNERSHIP_FORMS, event.target.value)) onChange(event.target.value);
          }}
        >
          {PARTNERSHIP_FORMS.map((form) => (
            <option key={form} value={form}>
              {t(`partnerships.forms.${form}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
