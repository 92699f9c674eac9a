import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../components/ui/format-date';
import { themeLabel } from '../../../components/ui/theme-name';
import type { ConventionVersion } from '../api/get-convention';
import { TermsDetails } from './terms-details';

/** The written clauses of a version, in the order of the method; an empty one says so. */
const TEXT_CLAUSES = ['governance', 'dialogueModalities', 'fundingCommitments', 'terminationClause'] as const;

/**
 * One version of the convention to read: its objectives, priorities and themes, its terms, the clauses on
 * governance, dialogue, funding and termination, then the full text as written.
 */
export function ConventionClauses({ version }: { version: ConventionVersion }) {
  const { t, i18n } = useTranslation();
  const { content } = version;
  const notStated = <span className="muted">{t('convention.clauses.notStated')}</span>;
  return (
    <>
      <p className="muted">
        {t('convention.clauses.versionOf', {
          number: version.number,
          date: formatDay(version.createdAt, i18n.language),
        })}
      </p>
      <h3>{t('convention.clauses.objectives')}</h3>
      <p className="notes__body">{content.objectives || notStated}</p>
      <h3>{t('convention.clauses.priorities')}</h3>
      {content.priorities.length > 0 ? (
        <ul>
          {content.priorities.map((priority, index) => (
            <li key={index}>{priority}</li>
          ))}
        </ul>
      ) : (
        <p>{notStated}</p>
      )}
      <h3>{t('convention.clauses.themes')}</h3>
      <p>
        {content.themes.length > 0
          ? content.themes.map((theme) => themeLabel(t, theme, i18n.language)).join(', ')
          : notStated}
      </p>
      <h3>{t('convention.clauses.terms')}</h3>
      <TermsDetails terms={version.terms} />
      {TEXT_CLAUSES.map((clause) => (
        <div key={clause}>
          <h3>{t(`convention.clauses.${clause}`)}</h3>
          <p className="notes__body">{content[clause] || notStated}</p>
        </div>
      ))}
      <h3>{t('convention.clauses.text')}</h3>
      <div className="convention-text notes__body">{version.text}</div>
    </>
  );
}
