import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/form';
import { formatDay } from '../../../components/ui/format-date';
import type { Convention, ConventionStep } from '../api/get-convention';
import { useConventionDiff, type ConventionDiffRequest } from '../api/get-convention-diff';
import { ConventionDiffView } from './convention-diff-view';
import { partyNameOf } from './convention-texts';

/**
 * « Versions et différences » : every version of the current convention, who approved each, and the
 * comparison of two versions the user picks, so that each council approves knowing what changed.
 */
export function ConventionVersions({ partnershipId, step }: { partnershipId: string; step: ConventionStep }) {
  const { t } = useTranslation();
  const titleId = useId();
  const convention = step.convention;
  if (!convention) return null;
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('convention.versions.title')}</h2>
      <VersionList step={step} convention={convention} />
      {convention.versions.length < 2 ? (
        <p className="muted">{t('convention.versions.nothingToCompare')}</p>
      ) : (
        <VersionComparison partnershipId={partnershipId} convention={convention} />
      )}
    </section>
  );
}

function VersionList({ step, convention }: { step: ConventionStep; convention: Convention }) {
  const { t, i18n } = useTranslation();
  const latest = convention.versions.at(-1)?.number;
  return (
    <ol className="plain-list convention-versions" aria-label={t('convention.versions.listLabel')}>
      {[...convention.versions].reverse().map((version) => {
        const approvedBy = convention.approvals
          .filter((approval) => approval.version === version.number)
          .map((approval) => partyNameOf(step.parties, approval.partyId));
        return (
          <li key={version.number}>
            <strong>{t('convention.versions.version', { number: version.number })}</strong>
            {' · '}
            {t('convention.versions.createdOn', { date: formatDay(version.createdAt, i18n.language) })}
            {version.number === latest && (
              <>
                {' · '}
                <span className="badge">{t('convention.versions.current')}</span>
              </>
            )}
            {convention.signature?.version === version.number && (
              <>
                {' · '}
                <span className="badge badge--up">{t('convention.versions.signed')}</span>
              </>
            )}
            {approvedBy.length > 0 && (
              <> · {t('convention.versions.approvedBy', { parties: approvedBy.join(', ') })}</>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function VersionComparison({ partnershipId, convention }: { partnershipId: string; convention: Convention }) {
  const { t } = useTranslation();
  const numbers = convention.versions.map((version) => version.number);
  const latest = numbers.at(-1) ?? 1;
  const [from, setFrom] = useState(numbers.at(-2) ?? latest);
  const [to, setTo] = useState(latest);
  const [request, setRequest] = useState<ConventionDiffRequest | undefined>();
  const diff = useConventionDiff(partnershipId, request);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRequest({ conventionId: convention.id, from, to });
  };
  const versionSelect = (label: string, name: string, value: number, onChange: (value: number) => void) => (
    <Field label={label}>
      {(props) => (
        <select
          {...props}
          name={name}
          value={value}
          onChange={(event) => onChange(Number(event.target.value))}
        >
          {numbers.map((number) => (
            <option key={number} value={number}>
              {t('convention.versions.version', { number })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <>
      <h3>{t('convention.diff.title')}</h3>
      <form className="form form--compact" onSubmit={submit} aria-label={t('convention.diff.title')}>
        <div className="form__row">
          {versionSelect(t('convention.diff.from'), 'from', from, setFrom)}
          {versionSelect(t('convention.diff.to'), 'to', to, setTo)}
        </div>
        <button type="submit" className="button">
          {t('convention.diff.compare')}
        </button>
      </form>
      {diff.isFetching && <p role="status">{t('common.loading')}</p>}
      {diff.isError && <p role="alert">{t('convention.diff.failed')}</p>}
      {diff.isSuccess && !diff.isFetching && <ConventionDiffView diff={diff.data} />}
    </>
  );
}
