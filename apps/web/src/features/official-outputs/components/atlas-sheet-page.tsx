import { useTranslation } from 'react-i18next';
import { countryName } from '../../../components/ui/country-name';
import { describeError } from '../../../components/ui/error-text';
import { formatCalendarDate } from '../../../components/ui/format-date';
import { themeLabel } from '../../../components/ui/theme-name';
import { roleCan } from '../../../lib/auth/user-roles';
import { useSession } from '../../auth/api/get-session';
import { atlasSheetExportHref, useAtlasSheet, type AtlasSheet } from '../api/get-atlas-sheet';
import { InternationalContactsForm } from './international-contacts-form';

type Project = AtlasSheet['projects'][number];

/**
 * The authority's sheet for the national atlas of decentralised cooperation: its contacts (an administrator
 * completes them here), one project sheet per partner authority, the exports, and a printable layout.
 */
export function AtlasSheetPage() {
  const { t, i18n } = useTranslation();
  const sheet = useAtlasSheet();
  const role = useSession().data?.user?.role;
  return (
    <>
      <h1>{t('atlasSheet.title')}</h1>
      <p className="lead no-print">{t('atlasSheet.intro')}</p>
      {sheet.isPending && <p role="status">{t('common.loading')}</p>}
      {sheet.isError && <p role="alert">{describeError(t, sheet.error)}</p>}
      {sheet.data && (
        <>
          <AtlasContacts sheet={sheet.data} />
          {role && roleCan(role, 'organisation.manage') && <InternationalContactsForm />}
          <section className="panel panel--section" aria-labelledby="atlas-projects">
            <h2 id="atlas-projects">{t('atlasSheet.projectsTitle')}</h2>
            {sheet.data.projects.length === 0 && <p>{t('atlasSheet.noProject')}</p>}
            {sheet.data.projects.map((project) => (
              <ProjectSheet key={`${project.partnershipId}-${project.partnerName}`} project={project} />
            ))}
          </section>
          <section className="panel panel--section no-print" aria-labelledby="atlas-export">
            <h2 id="atlas-export">{t('atlasSheet.exportTitle')}</h2>
            <p className="muted">{t('atlasSheet.exportHint')}</p>
            <div className="actions">
              <a className="button" href={atlasSheetExportHref('xlsx', i18n.language)} download>
                {t('atlasSheet.xlsx')}
              </a>
              <a className="button" href={atlasSheetExportHref('csv', i18n.language, 'projects')} download>
                {t('atlasSheet.csvProjects')}
              </a>
              <a className="button" href={atlasSheetExportHref('csv', i18n.language, 'contacts')} download>
                {t('atlasSheet.csvContacts')}
              </a>
              <button type="button" className="button" onClick={() => window.print()}>
                {t('atlasSheet.print')}
              </button>
            </div>
          </section>
        </>
      )}
    </>
  );
}

function AtlasContacts({ sheet }: { sheet: AtlasSheet }) {
  const { t, i18n } = useTranslation();
  const { authority } = sheet;
  const person = (who: 'elected' | 'officer') => {
    const { name, title, email } = authority.contacts[who];
    const parts = [name, title, email].filter((part) => part);
    return parts.length > 0 ? parts.join(', ') : t('atlasSheet.notStated');
  };
  return (
    <section className="panel panel--section" aria-labelledby="atlas-contacts">
      <h2 id="atlas-contacts">{t('atlasSheet.contactsTitle')}</h2>
      <p>
        <strong>{authority.name}</strong> — {t(`organisationKinds.${authority.kind}`)},{' '}
        {countryName(authority.countryCode, i18n.language)}
      </p>
      {sheet.missingContacts.length > 0 && (
        <p className="callout no-print">{t('atlasSheet.missing', { count: sheet.missingContacts.length })}</p>
      )}
      <dl className="details">
        <dt>{t('atlasSheet.elected')}</dt>
        <dd>{person('elected')}</dd>
        <dt>{t('atlasSheet.officer')}</dt>
        <dd>{person('officer')}</dd>
        <dt>{t('atlasSheet.phone')}</dt>
        <dd>{authority.contacts.phone ?? t('atlasSheet.notStated')}</dd>
      </dl>
    </section>
  );
}

function ProjectSheet({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const date = (day: string) => formatCalendarDate(day, i18n.language);
  const convention = project.conventionState
    ? [
        t(`convention.states.${project.conventionState}`),
        project.conventionSignedOn && t('atlasSheet.signedOn', { date: date(project.conventionSignedOn) }),
        project.conventionExpiresOn && t('atlasSheet.expiresOn', { date: date(project.conventionExpiresOn) }),
      ]
        .filter((part) => part)
        .join(', ')
    : t('atlasSheet.noConvention');
  const none = t('atlasSheet.none');
  return (
    <article className="atlas-project" aria-label={`${project.title} — ${project.partnerName}`}>
      <h3>{project.title}</h3>
      <dl className="details">
        <dt>{t('atlasSheet.partner')}</dt>
        <dd>
          {project.partnerName} ({t(`organisationKinds.${project.partnerKind}`)},{' '}
          {countryName(project.partnerCountry, i18n.language)})
        </dd>
        <dt>{t('atlasSheet.form')}</dt>
        <dd>{t(`partnerships.forms.${project.form}`)}</dd>
        <dt>{t('atlasSheet.status')}</dt>
        <dd>{t(`partnerships.statuses.${project.status}`)}</dd>
        <dt>{t('atlasSheet.since')}</dt>
        <dd>{date(project.since)}</dd>
        <dt>{t('atlasSheet.convention')}</dt>
        <dd>{convention}</dd>
        <dt>{t('atlasSheet.objectives')}</dt>
        <dd>{project.objectives || none}</dd>
        <dt>{t('atlasSheet.themes')}</dt>
        <dd>{project.themes.map((theme) => themeLabel(t, theme, i18n.language)).join(', ') || none}</dd>
        <dt>{t('atlasSheet.sdgs')}</dt>
        <dd>{project.sdgs.join(', ') || none}</dd>
        <dt>{t('atlasSheet.actions')}</dt>
        <dd>
          {project.actions
            .map((action) => `${action.title} (${t(`actions.statuses.${action.status}`)})`)
            .join(' ; ') || none}
        </dd>
        <dt>{t('atlasSheet.territoryActors')}</dt>
        <dd>{project.territoryActors.join(', ') || none}</dd>
      </dl>
    </article>
  );
}
