import { CANDIDATE_SOURCES, type CandidateSource } from '@passerelle/domain';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFormErrors } from '../../../components/ui/error-text';
import { CountrySelect } from '../../../components/ui/country-select';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { isOneOf } from '../../../lib/is-one-of';
import { useAddCandidate } from '../api/add-candidate';
import { DateInput } from '../../../components/ui/date-input';

const FIELDS = ['name', 'countryCode', 'source', 'sourceDetail', 'nextStep', 'nextStepOn'] as const;

interface Values {
  name: string;
  countryCode: string;
  source: CandidateSource;
  sourceDetail: string;
  nextStep: string;
  nextStepOn: string;
}

const EMPTY: Values = {
  name: '',
  countryCode: '',
  source: 'territory_actors_network',
  sourceDetail: '',
  nextStep: '',
  nextStepOn: '',
};

/**
 * Records a candidate authority and the channel it came through (the method's networks, the partnership
 * exchange, a chance meeting); it enters the pipeline as identified.
 */
export function AddCandidateForm({
  partnershipId,
  onDone,
}: {
  partnershipId: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const add = useAddCandidate(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(EMPTY);
  useFocusFirstInvalidField(formRef, add.error);
  const errors = describeFormErrors(t, add.error, FIELDS);
  const setValue = (name: Exclude<keyof Values, 'source'>) => (value: string) =>
    setValues((current) => ({ ...current, [name]: value }));
  const set = (name: Exclude<keyof Values, 'source'>) => (event: { target: { value: string } }) =>
    setValue(name)(event.target.value);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = values.name.trim();
    const nextStep = values.nextStep.trim();
    add.mutate(
      {
        name,
        countryCode: values.countryCode.trim().toUpperCase(),
        source: values.source,
        sourceDetail: values.sourceDetail.trim(),
        ...(nextStep ? { nextStep } : {}),
        ...(values.nextStepOn ? { nextStepOn: values.nextStepOn } : {}),
      },
      { onSuccess: () => onDone(t('partnerSearch.added', { name })) },
    );
  };
  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={submit}
      noValidate
      aria-label={t('partnerSearch.addTitle')}
    >
      <FormAlert message={errors.form} />
      <Field label={t('partnerSearch.addName')} error={errors.fields.name}>
        {(props) => (
          <input
            {...props}
            name="name"
            required
            maxLength={200}
            autoComplete="off"
            value={values.name}
            onChange={set('name')}
          />
        )}
      </Field>
      <Field label={t('partnerSearch.addCountryCode')} error={errors.fields.countryCode}>
        {(props) => (
          <CountrySelect
            control={props}
            name="countryCode"
            required
            value={values.countryCode}
            onChange={(countryCode) => setValues((current) => ({ ...current, countryCode }))}
            emptyLabel={t('partnerSearch.addCountryChoose')}
          />
        )}
      </Field>
      <Field label={t('partnerSearch.addSource')} error={errors.fields.source}>
        {(props) => (
          <select
            {...props}
            name="source"
            value={values.source}
            onChange={(event) => {
              const source = event.target.value;
              if (isOneOf(CANDIDATE_SOURCES, source)) setValues((current) => ({ ...current, source }));
            }}
          >
            {CANDIDATE_SOURCES.map((source) => (
              <option key={source} value={source}>
                {t(`candidateSources.${source}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('partnerSearch.addSourceDetail')}
        hint={t('partnerSearch.addSourceDetailHint')}
        error={errors.fields.sourceDetail}
      >
        {(props) => (
          <input
            {...props}
            name="sourceDetail"
            maxLength={300}
            autoComplete="off"
            value={values.sourceDetail}
            onChange={set('sourceDetail')}
          />
        )}
      </Field>
      <div className="form__row">
        <Field
          label={t('partnerSearch.addNextStep')}
          hint={t('partnerSearch.addNextStepHint')}
          error={errors.fields.nextStep}
        >
          {(props) => (
            <input
              {...props}
              name="nextStep"
              maxLength={300}
              autoComplete="off"
              value={values.nextStep}
              onChange={set('nextStep')}
            />
          )}
        </Field>
        <Field label={t('partnerSearch.addNextStepOn')} error={errors.fields.nextStepOn}>
          {(props) => (
            <DateInput
              {...props}
              name="nextStepOn"
              value={values.nextStepOn}
              onChange={setValue('nextStepOn')}
            />
          )}
        </Field>
      </div>
      <button type="submit" className="button button--primary" disabled={add.isPending}>
        {t('partnerSearch.add')}
      </button>
    </form>
  );
}
