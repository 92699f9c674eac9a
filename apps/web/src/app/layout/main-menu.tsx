import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../../features/auth/api/get-session';
import { roleCan } from '../../lib/auth/user-roles';
import {
  ATLAS_SHEET_PATH,
  HANDOVER_DOSSIER_PATH,
  DIRECTORY_PATH,
  DIRECTORY_PROFILE_PATH,
  IATI_PATH,
  FUNDING_CALLS_PATH,
  MOTIVATION_REVIEWS_PATH,
  ODA_DECLARATION_PATH,
  ORGANISATION_REMINDERS_PATH,
  PORTFOLIO_PATH,
  TERRITORY_ACTORS_PATH,
} from '../../lib/partnership-paths';

/**
 * The signed-in user's menu: everyone finds the partnerships and the directory of authorities; those who
 * read partnerships the portfolio dashboard (first: it is where they land) and the territory's actors;
 * elected officials also the motivations to review; administrators manage users, the authority's directory
 * profile, read the audit trail, follow the reminders sent to their people and received invitations.
 */
export function MainMenu() {
  const { t } = useTranslation();
  const role = useSession().data?.user?.role;
  if (!role) return null;
  const links = [
    { to: PORTFOLIO_PATH, label: t('nav.portfolio'), shown: roleCan(role, 'partnership.read') },
    { to: '/partenariats', label: t('nav.partnerships'), shown: true },
    { to: DIRECTORY_PATH, label: t('nav.directory'), shown: true },
    {
      to: TERRITORY_ACTORS_PATH,
      label: t('nav.territoryActors'),
      shown: roleCan(role, 'partnership.read'),
    },
    { to: FUNDING_CALLS_PATH, label: t('nav.fundingCalls'), shown: roleCan(role, 'partnership.read') },
    { to: ODA_DECLARATION_PATH, label: t('nav.odaDeclaration'), shown: roleCan(role, 'partnership.read') },
    { to: IATI_PATH, label: t('nav.iati'), shown: roleCan(role, 'partnership.read') },
    { to: ATLAS_SHEET_PATH, label: t('nav.atlasSheet'), shown: roleCan(role, 'partnership.read') },
    { to: HANDOVER_DOSSIER_PATH, label: t('nav.handoverDossier'), shown: roleCan(role, 'partnership.read') },
    {
      to: MOTIVATION_REVIEWS_PATH,
      label: t('nav.motivationReviews'),
      shown: roleCan(role, 'motivation.review'),
    },
    { to: '/organisation/utilisateurs', label: t('nav.users'), shown: roleCan(role, 'organisation.manage') },
    {
      to: DIRECTORY_PROFILE_PATH,
      label: t('nav.directoryProfile'),
      shown: roleCan(role, 'organisation.manage'),
    },
    { to: '/organisation/journal', label: t('nav.audit'), shown: roleCan(role, 'audit.read') },
    {
      to: ORGANISATION_REMINDERS_PATH,
      label: t('nav.organisationReminders'),
      shown: roleCan(role, 'organisation.manage'),
    },
    {
      to: '/invitations-partenariat',
      label: t('nav.receivedInvitations'),
      shown: roleCan(role, 'organisation.manage'),
    },
  ];
  return (
    <nav className="main-menu" aria-label={t('nav.label')}>
      <ul>
        {links
          .filter((link) => link.shown)
          .map((link) => (
            <li key={link.to}>
              <NavLink to={link.to}>{link.label}</NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
