import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../../components/ui/error-text';
import { actionPath } from '../../../lib/partnership-paths';
import {
  IATI_ACTIVITY_FILE_XML_HREF,
  useIatiActivityFile,
  type IatiActivityFile,
  type IatiIssue,
} from '../api/get-iati-activity-file';

/**
 * The authority's IATI activity file: its identifier (or why there is no file without one), the actions it
 * publishes, what keeps the others out (each with a link to fix it), and the XML download. `identifierForm`
 * is the administrator's field, composed by the route.
 */
export function IatiPage({ identifierForm }: { identifierForm: ReactNode }) {
  const { t } = useTranslation();
  const file = useIatiActivityFile();
  return (
    <>
      <h1>{t('iati.title')}</h1>
      <p className="lead">{t('iati.intro')}</p>
      {file.isPending && <p role="status">{t('common.loading')}</p>}
      {file.isError && <p role="alert">{describeError(t, file.error)}</p>}
      {file.data && (
        <>
          <IatiIdentifierStatus file={file.data} />
          {identifierForm}
          <IatiIssues
            issues={file.data.issues.filter((issue) => issue.code !== 'organisation_identifier_missing')}
          />
          <IatiDownload file={file.data} />
        </>
      )}
    </>
  );
}

function IatiIdentifierStatus({ file }: { file: IatiActivityFile }) {
  const { t } = useTranslation();
  if (file.organisationIdentifier === null) {
    return (
      <div className="callout" role="note">
        <p>
          <strong>{t('iati.missingIdentifier.title')}</strong>
        </p>
        <p>{t('iati.missingIdentifier.why')}</p>
        <p>{t('iati.missingIdentifier.how')}</p>
      </div>
    );
  }
  return (
    <p>
      {t('iati.identifierIs')} <code>{file.organisationIdentifier}</code>
    </p>
  );
}

function IatiIssues({ issues }: { issues: IatiIssue[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel panel--section" aria-labelledby="iati-issues">
      <h2 id="iati-issues">{t('iati.issues.title', { count: issues.length })}</h2>
      {issues.length === 0 ? (
        <p>{t('iati.issues.none')}</p>
      ) : (
        <ul className="oda-issues" aria-labelledby="iati-issues">
          {issues.map((issue, index) => (
            <li key={`${issue.code}-${issue.actionId ?? ''}-${issue.lineId ?? ''}-${index}`}>
              <strong>{t(`iati.issues.codes.${issue.code}`)}</strong>
              {issue.blocking && <span className="muted"> ({t('iati.issues.leftOut')})</span>}
              {issue.partnershipId && issue.actionId && (
                <>
                  {' — '}
                  <Link
                    to={actionPath(
                      issue.partnershipId,
                      issue.actionId,
                      issue.lineId === null ? 'oda' : 'budget',
                    )}
                  >
                    {issue.actionTitle}
                  </Link>
                  <span className="muted"> ({issue.partnershipName})</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function IatiDownload({ file }: { file: IatiActivityFile }) {
  const { t } = useTranslation();
  const ready = file.organisationIdentifier !== null && file.activities.length > 0;
  return (
    <section className="panel panel--section" aria-labelledby="iati-download">
      <h2 id="iati-download">{t('iati.download.title')}</h2>
      <p className="muted">
        {t('iati.download.summary', { published: file.activities.length, funded: file.actionCount })}
      </p>
      {file.activities.length > 0 && (
        <ul>
          {file.activities.map((activity) => (
            <li key={activity.identifier}>
              {activity.title} — <code>{activity.identifier}</code>{' '}
              <span className="muted">
                {t('iati.download.counts', {
                  budgets: activity.budgets,
                  transactions: activity.transactions,
                  indicators: activity.indicators,
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {ready ? (
        <div className="actions">
          <a className="button button--primary" href={IATI_ACTIVITY_FILE_XML_HREF} download>
            {t('iati.download.xml')}
          </a>
        </div>
      ) : (
        <p>
          {file.organisationIdentifier === null
            ? t('iati.download.needsIdentifier')
            : t('iati.download.nothing')}
        </p>
      )}
      <p className="muted">
        {t('iati.download.version', { version: file.standardVersion, codeLists: file.codeListsVersion })}
      </p>
    </section>
  );
}
