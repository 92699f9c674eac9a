import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { conventionPath, dialoguePath, motivationsSideBySidePath } from '../../lib/partnership-paths';

/**
 * Step 5 has three pages — motivations side by side, the convention, the dialogue plan and log — that both
 * parties go back and forth between while they negotiate: this links them to each other.
 */
export function ConventionStepTabs({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const tabs = [
    { to: motivationsSideBySidePath(partnershipId), label: t('steps.conventionTabs.motivations') },
    { to: conventionPath(partnershipId), label: t('steps.conventionTabs.convention') },
    { to: dialoguePath(partnershipId), label: t('steps.conventionTabs.dialogue') },
  ];
  return (
    <nav className="step-tabs" aria-label={t('steps.conventionTabs.label')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
