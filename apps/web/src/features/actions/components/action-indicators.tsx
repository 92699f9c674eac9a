import { INDICATOR_KINDS, REPORTING_FREQUENCIES, type IndicatorKind } from '@passerelle/domain';
import type { TFunction } from 'i18next';
import { useId, useRef, useState, type FormEvent } from 'react';
import { isOneOf } from '../../../lib/is-one-of';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import { ACTION_SECTION_IDS } from '../../../lib/partnership-paths';
import { useAddIndicator } from '../api/add-indicator';
import type { ActionDetail, Indicator } from '../api/get-action';
import { useValidateIndicator } from '../api/validate-indicator';
import { actionFormErrors, describeActionError } from './action-form-errors';
import type { ActionFormProps, ActionSectionProps } from './action-header';
import { formatDay, formatNumber, parseDecimal, type PartyNames } from './action-texts';
import { MeasurementForm } from './measurement-form';
import { categoryLabel, dimensionLabel, IndicatorChart } from './indicator-chart';
import { IndicatorPlanForm } from './indicator-plan-form';
import { storedFileUrl } from '../../files/api/upload-file';
import { TableScroll } from '../../../components/ui/table-scroll';

/**
 * The indicators set together: each with its unit, baseline and target, the party that proposed it, its
 * validation party by party (the viewer's party validates it here), its measurements and the form to record
 * one once every party validated it; then the form to propose an indicator.
 */
export function ActionIndicators({ partnershipId, detail, names, permissions }: ActionSectionProps) {
  const { t } = useTranslation();
  const sectionId = ACTION_SECTION_IDS.indicators;
  const indicators = detail.action.indicators;
  return (
    <section className="panel panel--section" aria-labelledby={sectionId}>
      <h2 id={sectionId} tabIndex={-1} className="anchor-target">
        {t('actions.indicators.title')}
      </h2>
      <p className="muted">{t('actions.indicators.intro')}</p>
      {indicators.length === 0 ? (
        <p>{t('actions.indicators.empty')}</p>
      ) : (
        <ul className="plain-list action-indicators">
          {indicators.map((indicator) => (
            <IndicatorCard
              key={indicator.id}
              partnershipId={partnershipId}
              detail={detail}
              indicator={indicator}
              names={names}
              canValidate={permissions.canRun}
              canMeasure={permissions.canRecord}
            />
          ))}
        </ul>
      )}
      {permissions.canRun && (
        <FormDialog openLabel={t('actions.indicators.form.title')} title={t('actions.indicators.form.title')}>
          {(done) => <IndicatorForm partnershipId={partnershipId} detail={detail} onDone={done} />}
        </FormDialog>
      )}
    </section>
  );
}

function IndicatorCard({
  partnershipId,
  detail,
  indicator,
  names,
  canValidate,
  canMeasure,
}: {
  partnershipId: string;
  detail: ActionDetail;
  indicator: Indicator;
  names: PartyNames;
  canValidate: boolean;
  canMeasure: boolean;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const language = i18n.language;
  const validate = useValidateIndicator(partnershipId, detail.action.id);
  const validationError = validate.error ? describeActionError(t, validate.error) : undefined;
  const [notice, setNotice] = useState<string | undefined>();
  const proposedBy =
    indicator.proposedBy === names.ownPartyId
      ? t('actions.indicators.proposedByUs')
      : t('actions.indicators.proposedBy', { party: names.nameOf(indicator.proposedBy) });
  const parties = names.parties.map((party) => party.partyId);
  return (
    <li>
      <article className="action-indicator" aria-labelledby={titleId}>
        <h3 id={titleId}>{indicator.name}</h3>
        <p className="record__meta">
          {proposedBy}{' '}
          <span className={indicator.coValidated ? 'badge badge--up' : 'badge'}>
            {indicator.coValidated
              ? t('actions.indicators.coValidated')
              : t('actions.indicators.notCoValidated')}
          </span>
        </p>
        <dl className="action-facts">
          <dt>{t('actions.indicators.unit')}</dt>
          <dd>{indicator.unit}</dd>
          <dt>{t('actions.indicators.baseline')}</dt>
          <dd>{formatNumber(indicator.baseline, language)}</dd>
          <dt>{t('actions.indicators.target')}</dt>
          <dd>{formatNumber(indicator.target, language)}</dd>
          <dt>{t('indicatorPeriods.kind')}</dt>
          <dd>{t(`indicatorPeriods.kinds.${indicator.kind === 'count' ? 'count' : 'level'}`)}</dd>
          {indicator.frequency !== null && (
            <>
              <dt>{t('indicatorPeriods.frequency')}</dt>
              <dd>{frequencyText(t, indicator.frequency)}</dd>
            </>
          )}
        </dl>
        {indicator.periods.length === 0 && <p className="muted">{t('indicatorPeriods.noPeriods')}</p>}
        <IndicatorChart indicator={indicator} names={names} />
        {indicator.figures.outsidePeriods > 0 && (
          <p className="muted">
            {t('indicatorPeriods.outsidePeriods', { count: indicator.figures.outsidePeriods })}
          </p>
        )}
        <FormAlert message={validationError} />
        <FormSuccess message={notice} />
        <ul
          className="plain-list"
          aria-label={t('actions.indicators.validationLabel', { name: indicator.name })}
        >
          {parties.map((partyId) => {
            const validated = indicator.validatedBy.includes(partyId);
            const ours = partyId === names.ownPartyId;
            return (
              <li key={partyId}>
                {names.nameOf(partyId)} :{' '}
                <span className={validated ? 'badge badge--up' : 'badge'}>
                  {validated ? t('actions.indicators.validated') : t('actions.indicators.awaiting')}
                </span>
                {!validated && ours && canValidate && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="button button--primary button--small"
                      disabled={validate.isPending}
                      onClick={() => {
                        setNotice(undefined);
                        validate.mutate(
                          { indicatorId: indicator.id, version: indicator.version },
                          {
                            onSuccess: () =>
                              setNotice(
                                t('actions.indicators.validatedNotice', { party: names.nameOf(partyId) }),
                              ),
                          },
                        );
                      }}
                    >
                      {t('actions.indicators.validate')}
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
        <Measurements partnershipId={partnershipId} indicator={indicator} names={names} />
        {canValidate && (
          <FormDialog
            openLabel={t('indicatorPeriods.plan.title')}
            openName={t('indicatorPeriods.plan.label', { name: indicator.name })}
            title={t('indicatorPeriods.plan.label', { name: indicator.name })}
          >
            {(done) => (
              <IndicatorPlanForm
                partnershipId={partnershipId}
                detail={detail}
                indicator={indicator}
                onDone={done}
              />
            )}
          </FormDialog>
        )}
        {canMeasure &&
          (indicator.coValidated ? (
            <FormDialog
              openLabel={t('actions.indicators.measurementForm.open')}
              openName={t('actions.indicators.measurementForm.openFor', { name: indicator.name })}
              title={t('actions.indicators.measurementForm.label', { name: indicator.name })}
            >
              {(done) => (
                <MeasurementForm
                  partnershipId={partnershipId}
                  detail={detail}
                  indicator={indicator}
                  onDone={done}
                />
              )}
            </FormDialog>
          ) : (
            <p className="muted">{t('actions.indicators.measurableOnceValidated')}</p>
          ))}
      </article>
    </li>
  );
}

/** The measurements, oldest first, each in the indicator's unit with the party that recorded it. */
function Measurements({
  partnershipId,
  indicator,
  names,
}: {
  partnershipId: string;
  indicator: Indicator;
  names: PartyNames;
}) {
  const { t, i18n } = useTranslation();
  if (indicator.measurements.length === 0)
    return <p className="muted">{t('actions.indicators.noMeasurements')}</p>;
  return (
    <TableScroll label={t('actions.indicators.measurements', { name: indicator.name })}>
      <table className="table">
        <caption>{t('actions.indicators.measurements', { name: indicator.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('actions.indicators.measuredOn')}</th>
            <th scope="col">{t('actions.indicators.value')}</th>
            <th scope="col">{t('actions.indicators.recordedBy')}</th>
            <th scope="col">{t('indicatorPeriods.measurement.breakdown')}</th>
            <th scope="col">{t('indicatorPeriods.measurement.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {indicator.measurements.map((measurement, index) => (
            <tr key={`${measurement.on}-${index}`}>
              <td>{formatDay(measurement.on, i18n.language)}</td>
              <td>
                {formatNumber(measurement.value, i18n.language)} {indicator.unit}
              </td>
              <td>{names.nameOf(measurement.recordedBy)}</td>
              <td>
                {measurement.breakdown.length === 0
                  ? t('indicatorPeriods.table.none')
                  : measurement.breakdown
                      .map(
                        (item) =>
                          `${dimensionLabel(t, item.dimension)} · ${categoryLabel(t, item.category)} ${formatNumber(item.value, i18n.language)}`,
                      )
                      .join(', ')}
              </td>
              <td>
                {measurement.evidence.length === 0 ? (
                  t('indicatorPeriods.table.none')
                ) : (
                  <ul className="plain-list">
                    {measurement.evidence.map((file) => (
                      <li key={file.id} className="link-line">
                        <a href={storedFileUrl(partnershipId, file.id)}>{file.name}</a>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

const INDICATOR_FIELDS = ['name', 'unit', 'baseline', 'target'] as const;

const EMPTY_INDICATOR = { name: '', unit: '', baseline: '', target: '' };

/** Proposes an indicator for the viewer's party: its name, unit, baseline and target. */
function IndicatorForm({ partnershipId, detail, onDone }: ActionFormProps) {
  const { t } = useTranslation();
  const add = useAddIndicator(partnershipId, detail.action.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(EMPTY_INDICATOR);
  const [kind, setKind] = useState<IndicatorKind>('level');
  const [local, setLocal] = useState<FormErrors | undefined>();
  const errors = local ?? actionFormErrors(t, add.error, INDICATOR_FIELDS);
  useFocusFirstInvalidField(formRef, local ?? add.error);
  const set = (name: keyof typeof EMPTY_INDICATOR) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const baseline = parseDecimal(values.baseline);
    const target = parseDecimal(values.target);
    if (baseline === undefined || target === undefined) {
      add.reset();
      const fields: Record<string, string> = {};
      if (baseline === undefined) fields['baseline'] = t('actions.numberRequired');
      if (target === undefined) fields['target'] = t('actions.numberRequired');
      setLocal({ fields, form: t('validation.summary') });
      return;
    }
    setLocal(undefined);
    add.mutate(
      {
        name: values.name.trim(),
        unit: values.unit.trim(),
        baseline,
        target,
        // Periods and dimensions are planned once the indicator exists (its card's plan form).
        plan: { kind, frequency: null, periods: [], disaggregations: [] },
      },
      {
        onSuccess: () => onDone(t('actions.indicators.form.done')),
      },
    );
  };

  return (
    <form
      ref={formRef}
      className="form form--nested action-form"
      onSubmit={submit}
      noValidate
      aria-label={t('actions.indicators.form.title')}
    >
      <FormAlert message={errors.form} />
      <Field label={t('actions.indicators.form.name')} error={errors.fields.name}>
        {(props) => (
          <input
            {...props}
            name="name"
            required
            maxLength={300}
            autoComplete="off"
            value={values.name}
            onChange={set('name')}
          />
        )}
      </Field>
      <div className="form__row">
        <Field
          label={t('actions.indicators.form.unit')}
          hint={t('actions.indicators.form.unitHint')}
          error={errors.fields.unit}
        >
          {(props) => (
            <input
              {...props}
              name="unit"
              required
              maxLength={40}
              autoComplete="off"
              value={values.unit}
              onChange={set('unit')}
            />
          )}
        </Field>
        <Field label={t('actions.indicators.form.baseline')} error={errors.fields.baseline}>
          {(props) => (
            <input
              {...props}
              name="baseline"
              inputMode="decimal"
              required
              autoComplete="off"
              value={values.baseline}
              onChange={set('baseline')}
            />
          )}
        </Field>
        <Field label={t('actions.indicators.form.target')} error={errors.fields.target}>
          {(props) => (
            <input
              {...props}
              name="target"
              inputMode="decimal"
              required
              autoComplete="off"
              value={values.target}
              onChange={set('target')}
            />
          )}
        </Field>
      </div>
      <Field label={t('indicatorPeriods.kind')}>
        {(props) => (
          <select
            {...props}
            name="kind"
            value={kind}
            onChange={(event) => {
              if (isOneOf(INDICATOR_KINDS, event.target.value)) setKind(event.target.value);
            }}
          >
            {INDICATOR_KINDS.map((code) => (
              <option key={code} value={code}>
                {t(`indicatorPeriods.kinds.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={add.isPending}>
          {t('actions.indicators.form.submit')}
        </button>
      </div>
    </form>
  );
}

function frequencyText(t: TFunction, frequency: string): string {
  return isOneOf(REPORTING_FREQUENCIES, frequency)
    ? t(`indicatorPeriods.frequencies.${frequency}`)
    : frequency;
}
