import { MARKER_SCORES, POLICY_MARKERS, type MarkerScore, type PolicyMarker } from '@passerelle/domain';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import { ACTION_SECTION_IDS } from '../../../lib/partnership-paths';
import { useDescribeAction } from '../api/describe-action';
import { useOdaCodeLists } from '../api/get-oda-code-lists';
import { actionFormErrors } from './action-form-errors';
import type { ActionSectionProps } from './action-header';
import { parseDecimal } from './action-texts';

const FIELDS = ['description', 'objectives', 'sectors', 'markers'] as const;

interface SectorRow {
  code: string;
  percentage: string;
}

/**
 * What the official outputs publish of the action — its description and objectives, its DAC sectors with
 * their shares, its OECD policy markers — entered once, here, where the action is known.
 */
export function ActionOda({ partnershipId, detail, permissions }: ActionSectionProps) {
  const { t, i18n } = useTranslation();
  const action = detail.action;
  const sectionId = ACTION_SECTION_IDS.oda;
  const codeLists = useOdaCodeLists();
  const describe = useDescribeAction(partnershipId, action.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [description, setDescription] = useState(action.description);
  const [objectives, setObjectives] = useState(action.objectives);
  const [sectors, setSectors] = useState<SectorRow[]>(
    action.sectors.length > 0
      ? action.sectors.map((share) => ({ code: share.code, percentage: String(share.percentage) }))
      : [{ code: '', percentage: '100' }],
  );
  const [markers, setMarkers] = useState<Partial<Record<PolicyMarker, MarkerScore>>>({ ...action.markers });
  const [notice, setNotice] = useState<string | undefined>();
  const errors = actionFormErrors(t, describe.error, FIELDS);
  useFocusFirstInvalidField(formRef, describe.error);
  const english = i18n.language.startsWith('en');
  const sectorOptions = codeLists.data?.sectors ?? [];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(undefined);
    describe.mutate(
      {
        version: detail.version,
        description,
        objectives,
        sectors: sectors
          .filter((row) => row.code !== '')
          .map((row) => ({ code: row.code, percentage: parseDecimal(row.percentage) ?? 0 })),
        markers,
      },
      { onSuccess: () => setNotice(t('oda.describe.done')) },
    );
  };

  const setSector = (index: number, change: Partial<SectorRow>) =>
    setSectors((rows) => rows.map((row, at) => (at === index ? { ...row, ...change } : row)));

  return (
    <section className="panel panel--section" aria-labelledby={sectionId}>
      <h2 id={sectionId} tabIndex={-1} className="anchor-target">
        {t('oda.describe.title')}
      </h2>
      <p className="muted">{t('oda.describe.hint')}</p>
      <form ref={formRef} className="form form--nested action-form" onSubmit={submit} noValidate>
        <FormAlert message={errors.form} />
        <FormSuccess message={notice} />
        <Field label={t('oda.describe.description')} error={errors.fields.description}>
          {(props) => (
            <textarea
              {...props}
              name="description"
              rows={3}
              maxLength={8000}
              readOnly={!permissions.canRun}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('oda.describe.objectives')} error={errors.fields.objectives}>
          {(props) => (
            <textarea
              {...props}
              name="objectives"
              rows={3}
              maxLength={8000}
              readOnly={!permissions.canRun}
              value={objectives}
              onChange={(event) => setObjectives(event.target.value)}
            />
          )}
        </Field>
        <fieldset className="oda-sectors">
          <legend>{t('oda.describe.sectors')}</legend>
          {errors.fields.sectors && (
            <p className="field__error" role="alert">
              {errors.fields.sectors}
            </p>
          )}
          {sectors.map((row, index) => (
            <div className="form__row" key={index}>
              <Field label={t('oda.describe.sector', { index: index + 1 })}>
                {(props) => (
                  <select
                    {...props}
                    value={row.code}
                    disabled={!permissions.canRun}
                    onChange={(event) => setSector(index, { code: event.target.value })}
                  >
                    <option value="">{t('oda.describe.chooseSector')}</option>
                    {sectorOptions.map((sector) => (
                      <option key={sector.code} value={sector.code}>
                        {sector.code} · {english ? sector.nameEn : sector.nameFr}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('oda.describe.percentage')}>
                {(props) => (
                  <input
                    {...props}
                    inputMode="decimal"
                    className="action-form__currency"
                    readOnly={!permissions.canRun}
                    value={row.percentage}
                    onChange={(event) => setSector(index, { percentage: event.target.value })}
                  />
                )}
              </Field>
            </div>
          ))}
          {permissions.canRun && (
            <button
              type="button"
              className="button"
              onClick={() => setSectors((rows) => [...rows, { code: '', percentage: '' }])}
            >
              {t('oda.describe.addSector')}
            </button>
          )}
        </fieldset>
        <fieldset className="oda-markers">
          <legend>{t('oda.describe.markers')}</legend>
          <p className="muted">{t('oda.describe.markersHint')}</p>
          <div className="form__row form__row--wrap">
            {POLICY_MARKERS.map((marker) => (
              <Field key={marker} label={t(`oda.markers.${marker}`)}>
                {(props) => (
                  <select
                    {...props}
                    value={markers[marker] === undefined ? '' : String(markers[marker])}
                    disabled={!permissions.canRun}
                    onChange={(event) => {
                      const value = event.target.value;
                      setMarkers((current) => {
                        const { [marker]: _previous, ...others } = current;
                        const score = MARKER_SCORES.find((candidate) => String(candidate) === value);
                        return score === undefined ? others : { ...others, [marker]: score };
                      });
                    }}
                  >
                    <option value="">{t('oda.describe.markerUnset')}</option>
                    {MARKER_SCORES.map((score) => (
                      <option key={score} value={score}>
                        {t(`oda.scores.${score}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          </div>
        </fieldset>
        {permissions.canRun && (
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={describe.isPending}>
              {t('oda.describe.submit')}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
