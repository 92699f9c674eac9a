import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { themeLabel } from '../../../components/ui/theme-name';
import { actionPath } from '../../../lib/partnership-paths';
import type { ActionSummary } from '../api/get-actions';
import { datesText, proposerText, whereText, type PartyNames } from './action-texts';
import { fundingSummaryText } from './funding-figures';

/** The priority and status of an action, written out (the colours only repeat them). */
export function ActionBadges({ action }: { action: Pick<ActionSummary, 'priority' | 'status'> }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`badge badge--priority-${action.priority}`}>
        {t(`actions.priorityBadges.${action.priority}`)}
      </span>{' '}
      <span className={`badge badge--action-${action.status}`}>{t(`actions.statuses.${action.status}`)}</span>
    </>
  );
}

/**
 * One action of the list: its title (a link to its page), priority and status, themes, where it takes place
 * and who initiated it (from the viewer's side), its dates and its funding.
 */
export function ActionCard({
  partnershipId,
  action,
  names,
}: {
  partnershipId: string;
  action: ActionSummary;
  names: PartyNames;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const language = i18n.language;
  return (
    <li>
      <article className={`action-card action-card--${action.status}`} aria-labelledby={titleId}>
        <h3 id={titleId} className="action-card__title link-line">
          <Link to={actionPath(partnershipId, action.id)}>{action.title}</Link>
        </h3>
        <p className="record__meta">
          <ActionBadges action={action} />
        </p>
        <dl className="action-facts">
          <dt>{t('actions.facts.themes')}</dt>
          <dd>{action.themes.map((theme) => themeLabel(t, theme, language)).join(', ')}</dd>
          <dt>{t('actions.facts.where')}</dt>
          <dd>{whereText(t, action, names, language)}</dd>
          <dt>{t('actions.facts.initiator')}</dt>
          <dd>{proposerText(t, action.proposal, names)}</dd>
          <dt>{t('actions.facts.dates')}</dt>
          <dd>{datesText(t, action.startsOn, action.endsOn, language)}</dd>
          <dt>{t('actions.facts.funding')}</dt>
          <dd>{fundingSummaryText(t, action.funding, language) ?? t('common.noValue')}</dd>
        </dl>
      </article>
    </li>
  );
}
