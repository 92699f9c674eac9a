import {
  dacName,
  interfaceLanguageOf,
  MARKER_SCORES,
  POLICY_MARKERS,
  type InterfaceLanguage,
  type MarkerScore,
  type PolicyMarker,
} from '@passerelle/domain';
import { Fragment, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import { ACTION_SECTION_IDS } from '../../../lib/partnership-paths';
import { useDescribeAction } from '../api/describe-action';
import type { ActionDetail } from '../api/get-action';
import { groupSectorsByCategory, useOdaCodeLists, type OdaSector } from '../api/get-oda-code-lists';
import { actionFormErrors } from './action-form-errors';
import type { ActionFormProps, ActionSectionProps } from './action-header';
import { formatNumber, parseDecimal } from './action-texts';

const FIELDS = ['description', 'objectives', 'sectors', 'markers'] as const;

interface SectorRow {
  code: string;
  percentage: string;
}

/** A DAC sector's or category's name in the one of the OECD's two languages the reader gets (`dacName`). */
function nameIn(named: { nameFr: string; nameEn: string }, language: InterfaceLanguage): string {
  return dacName({ fr: named.nameFr, en: named.nameEn }, language);
}

/** A DAC sector's code and name for the reader; its code alone while the lists load. */
function sectorText(code: string, sector: OdaSector | undefined, language: InterfaceLanguage): string {
  if (!sector) return code;
  return `${code} · ${nameIn(sector, language)}`;
}

/**
 * What the official outputs publish of the action — its description and objectives, its DAC sectors with
 * their shares, its OECD policy markers — read first; those who run the action change it in a dialog.
 */
export function ActionOda({ partnershipId, detail, permissions }: ActionSectionProps) {
  const { t } = useTranslation();
  const action = detail.action;
  const sectionId = ACTION_SECTION_IDS.oda;
  const described =
    action.description.trim() !== '' ||
    action.objectives.trim() !== '' ||
    action.sectors.length > 0 ||
    Object.keys(action.markers).length > 0;
  return (
    <section className="panel panel--section" aria-labelledby={sectionId}>
      <h2 id={sectionId} tabIndex={-1} className="anchor-target">
        {t('oda.describe.title')}
      </h2>
      {described ? <OdaSummary detail={detail} /> : <p className="muted">{t('oda.describe.notYet')}</p>}
      {permissions.canRun && (
        <FormDialog
          openLabel={t(described ? 'oda.describe.open' : 'oda.describe.openFirst')}
          title={t('oda.describe.title')}
          description={t('oda.describe.hint')}
        >
          {(done) => <OdaForm partnershipId={partnershipId} detail={detail} onDone={done} />}
        </FormDialog>
      )}
    </section>
  );
}

/** What is recorded: the texts, the sectors with their shares, the markers the action targets. */
function OdaSummary({ detail }: { detail: ActionDetail }) {
  const { t, i18n } = useTranslation();
  const action = detail.action;
  const language = i18n.language;
  const sectors = useOdaCodeLists().data?.sectors ?? [];
  const targeted = POLICY_MARKERS.filter((marker) => (action.markers[marker] ?? 0) > 0);
  const unscored = POLICY_MARKERS.filter((marker) => action.markers[marker] === undefined).length;
  const unstated = <span className="muted">{t('oda.describe.unstated')}</span>;
  return (
    <dl className="action-facts oda-summary" aria-label={t('oda.describe.summaryLabel')}>
      <dt>{t('oda.describe.description')}</dt>
      <dd className="oda-summary__text">{action.description.trim() || unstated}</dd>
      <dt>{t('oda.describe.objectives')}</dt>
      <dd className="oda-summary__text">{action.objectives.trim() || unstated}</dd>
      <dt>{t('oda.describe.sectorsShort')}</dt>
      <dd>
        {action.sectors.length === 0 ? (
          unstated
        ) : (
          <ul className="oda-summary__list">
            {action.sectors.map((share) => (
              <li key={share.code}>
                {t('oda.describe.sectorShare', {
                  sector: sectorText(
                    share.code,
                    sectors.find((sector) => sector.code === share.code),
                    interfaceLanguageOf(language),
                  ),
                  share: formatNumber(share.percentage, language),
                })}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('oda.describe.markers')}</dt>
      <dd>
        {targeted.length === 0 ? (
          <span>{t('oda.describe.noTargetedMarker')}</span>
        ) : (
          <ul className="oda-summary__list">
            {targeted.map((marker) => (
              <li key={marker}>
                {t('oda.describe.markerScore', {
                  marker: t(`oda.markers.${marker}`),
                  score: t(`oda.scores.${action.markers[marker] ?? 0}`),
                })}
              </li>
            ))}
          </ul>
        )}
        {unscored > 0 && <span className="muted"> {t('oda.describe.unscored', { count: unscored })}</span>}
      </dd>
    </dl>
  );
}

/**
 * The description form: the texts, the DAC sectors with their shares (adding up to 100), and a score for each
 * OECD marker. `onDone` says it is saved.
 */
function OdaForm({ partnershipId, detail, onDone }: ActionFormProps) {
  const { t, i18n } = useTranslation();
  const action = detail.action;
  const codeLists = useOdaCodeLists();
  const describe = useDescribeAction(partnershipId, action.id);
  const formRef = useRef<HTMLFormElement>(null);
  const sectorsErrorId = useId();
  const [description, setDescription] = useState(action.description);
  const [objectives, setObjectives] = useState(action.objectives);
  const [sectors, setSectors] = useState<SectorRow[]>(
    action.sectors.length > 0
      ? action.sectors.map((share) => ({ code: share.code, percentage: String(share.percentage) }))
      : [{ code: '', percentage: '100' }],
  );
  const [markers, setMarkers] = useState<Partial<Record<PolicyMarker, MarkerScore>>>({ ...action.markers });
  const errors = actionFormErrors(t, describe.error, FIELDS);
  useFocusFirstInvalidField(formRef, describe.error);
  const language = interfaceLanguageOf(i18n.language);
  const sectorGroups = groupSectorsByCategory(
    codeLists.data?.sectors ?? [],
    codeLists.data?.sectorCategories ?? [],
  );
  const sectorOption = (sector: OdaSector) => (
    <option key={sector.code} value={sector.code}>
      {sector.code} · {nameIn(sector, language)}
    </option>
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
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
      { onSuccess: () => onDone(t('oda.describe.done')) },
    );
  };

  const setSector = (index: number, change: Partial<SectorRow>) =>
    setSectors((rows) => rows.map((row, at) => (at === index ? { ...row, ...change } : row)));

  return (
    <form
      ref={formRef}
      className="form form--nested action-form"
      onSubmit={submit}
      noValidate
      aria-label={t('oda.describe.title')}
    >
      <FormAlert message={errors.form} />
      <Field label={t('oda.describe.description')} error={errors.fields.description}>
        {(props) => (
          <textarea
            {...props}
            name="description"
            rows={3}
            maxLength={8000}
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
            value={objectives}
            onChange={(event) => setObjectives(event.target.value)}
          />
        )}
      </Field>
      <fieldset
        className="oda-sectors"
        {...(errors.fields.sectors ? { 'aria-describedby': sectorsErrorId } : {})}
      >
        <legend>{t('oda.describe.sectors')}</legend>
        {errors.fields.sectors && (
          <p id={sectorsErrorId} className="field__error">
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
                  // The first sector takes the focus when the shares are refused.
                  {...(errors.fields.sectors && index === 0 ? { 'aria-invalid': true } : {})}
                  onChange={(event) => setSector(index, { code: event.target.value })}
                >
                  <option value="">{t('oda.describe.chooseSector')}</option>
                  {sectorGroups.map(({ category, sectors: grouped }, groupIndex) =>
                    category ? (
                      <optgroup key={category.code} label={nameIn(category, language)}>
                        {grouped.map(sectorOption)}
                      </optgroup>
                    ) : (
                      <Fragment key={`ungrouped-${groupIndex}`}>{grouped.map(sectorOption)}</Fragment>
                    ),
                  )}
                </select>
              )}
            </Field>
            <Field label={t('oda.describe.percentage')}>
              {(props) => (
                <input
                  {...props}
                  inputMode="decimal"
                  className="action-form__currency"
                  value={row.percentage}
                  onChange={(event) => setSector(index, { percentage: event.target.value })}
                />
              )}
            </Field>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => setSectors((rows) => [...rows, { code: '', percentage: '' }])}
        >
          {t('oda.describe.addSector')}
        </button>
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
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={describe.isPending}>
          {t('oda.describe.submit')}
        </button>
      </div>
    </form>
  );
}
