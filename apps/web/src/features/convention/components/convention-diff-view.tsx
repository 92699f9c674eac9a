import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { themeName } from '../../../components/ui/theme-name';
import type { ConventionDiff, ConventionFieldChange } from '../api/get-convention-diff';

type Field = ConventionFieldChange['field'];
type Line = ConventionFieldChange['lines'][number];

/** The terms compare as bare values (`36`, `12/90`): written out in words here. */
function lineText(t: TFunction, field: Field, text: string): string {
  switch (field) {
    case 'durationMonths':
      return t('convention.terms.months', { count: Number(text) });
    case 'terminationNoticeDays':
      return t('convention.terms.days', { count: Number(text) });
    case 'tacitRenewal': {
      const [period = '0', notice = '0'] = text.split('/');
      return t('convention.terms.tacitRenewalTerms', {
        period: t('convention.terms.months', { count: Number(period) }),
        notice: t('convention.terms.days', { count: Number(notice) }),
      });
    }
    case 'themes':
      return themeName(t, text);
    default:
      return text;
  }
}

/**
 * What changed between two versions, field by field. Added and removed lines carry a sign (+, −) and a word
 * read by screen readers, and are marked up as insertions and deletions: colour only repeats them.
 */
export function ConventionDiffView({ diff }: { diff: ConventionDiff }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="convention-diff" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('convention.diff.between', { from: diff.fromVersion, to: diff.toVersion })}</h4>
      {diff.changes.length === 0 ? (
        <p>{t('convention.diff.noChange')}</p>
      ) : (
        <>
          <p className="muted">{t('convention.diff.legend')}</p>
          {diff.changes.map((change) => (
            <FieldChange key={change.field} change={change} />
          ))}
        </>
      )}
    </section>
  );
}

function FieldChange({ change }: { change: ConventionFieldChange }) {
  const { t } = useTranslation();
  const name = t(`convention.diff.fields.${change.field}`);
  return (
    <>
      <h5>{name}</h5>
      <ul className="convention-diff__lines" aria-label={name}>
        {change.lines.map((line, index) => (
          <DiffLine key={index} line={line} text={lineText(t, change.field, line.text)} />
        ))}
      </ul>
    </>
  );
}

function DiffLine({ line, text }: { line: Line; text: string }) {
  const { t } = useTranslation();
  if (line.operation === 'added') {
    return (
      <li className="convention-diff__line convention-diff__line--added">
        <span aria-hidden="true">+ </span>
        <ins>
          <span className="visually-hidden">{t('convention.diff.added')} </span>
          {text}
        </ins>
      </li>
    );
  }
  if (line.operation === 'removed') {
    return (
      <li className="convention-diff__line convention-diff__line--removed">
        <span aria-hidden="true">− </span>
        <del>
          <span className="visually-hidden">{t('convention.diff.removed')} </span>
          {text}
        </del>
      </li>
    );
  }
  return (
    <li className="convention-diff__line">
      {/* Two fixed spaces align unchanged lines with the signed ones. */}
      <span aria-hidden="true">{'\u00a0\u00a0'}</span>
      {text}
    </li>
  );
}
