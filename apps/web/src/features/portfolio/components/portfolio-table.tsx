import { DIALOGUE_AUDIENCES } from '@passerelle/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName } from '../../../components/ui/country-name';
import { formatCalendarDate } from '../../../components/ui/format-date';
import { useDomainText } from '../../../lib/i18n/domain-text';
import { partnershipPath } from '../../../lib/partnership-paths';
import type { PortfolioRow } from '../api/get-portfolio';
import {
  formatCalendarRange,
  formatNumber,
  formatShare,
  ownDelegationTravels,
  visitsFromOwnSide,
} from './portfolio-format';
import { TableScroll } from '../../../components/ui/table-scroll';

/**
 * One row per partnership, everything phrased from the viewer's authority: its role, its delegations'
 * visits, its share of the actions.
 */
export function PortfolioTable({ rows }: { rows: readonly PortfolioRow[] }) {
  const { t } = useTranslation();
  return (
    // Wider than the page on most screens: the scrolling region can take the focus, to scroll by keyboard.
    <TableScroll label={t('portfolio.table.caption')}>
      <table className="table portfolio-table">
        <caption className="visually-hidden">{t('portfolio.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('portfolio.table.title')}</th>
            <th scope="col">{t('portfolio.table.partners')}</th>
            <th scope="col">{t('portfolio.table.step')}</th>
            <th scope="col">{t('portfolio.table.status')}</th>
            <th scope="col">{t('portfolio.table.health')}</th>
            <th scope="col">{t('portfolio.table.nextVisit')}</th>
            <th scope="col">{t('portfolio.table.dialogue')}</th>
            <th scope="col">{t('portfolio.table.convention')}</th>
            <th scope="col">{t('portfolio.table.balance')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <PortfolioTableRow key={row.id} row={row} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function PortfolioTableRow({ row }: { row: PortfolioRow }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <tr>
      <th scope="row" className="link-line">
        <Link to={partnershipPath(row.id)}>{row.title}</Link>
        {row.fallingAsleep && (
          <span className="portfolio-cell__line">
            <span className="badge badge--asleep">{t('portfolio.fallingAsleep')}</span>
          </span>
        )}
        <RuptureSignals row={row} />
      </th>
      <td>
        <ul className="plain-list">
          {row.partners.map((partner) => (
            <li key={partner.id}>
              {partner.name} <span className="muted">({countryName(partner.countryCode, language)})</span>
            </li>
          ))}
        </ul>
        <span className="portfolio-cell__line muted">{t(`portfolio.roles.${row.yourRole}`)}</span>
      </td>
      <td>
        {row.currentStep ? t(`steps.${row.currentStep}.title`) : t('portfolio.step.allDone')}
        <span className="portfolio-cell__line muted">
          {t('portfolio.step.done', { count: row.stepsDone })}
        </span>
        {row.warningsCount > 0 && (
          <span className="portfolio-cell__line">
            {t('portfolio.step.warnings', { count: row.warningsCount })}
          </span>
        )}
      </td>
      <td>
        <span className={`badge badge--partnership-${row.status}`}>
          {t(`partnerships.statuses.${row.status}`)}
        </span>
      </td>
      <td>
        <HealthDetails health={row.health} />
      </td>
      <td>
        <NextVisit row={row} />
      </td>
      <td>
        <DialogueDue dues={row.dialogueDue} />
      </td>
      <td>
        {row.conventionState ? (
          <>
            {t(`portfolio.convention.states.${row.conventionState}`)}
            {row.conventionExpiresOn && (
              <span className="portfolio-cell__line muted">
                {t('portfolio.convention.expiresOn', {
                  date: formatCalendarDate(row.conventionExpiresOn, language),
                })}
              </span>
            )}
          </>
        ) : (
          <span className="muted">{t('portfolio.convention.none')}</span>
        )}
      </td>
      <td>
        <Balance row={row} />
      </td>
    </tr>
  );
}

type HealthBand = 'good' | 'fair' | 'poor';

/** The bands of the world map's legend: green from 70, amber from 40, red below. */
function healthBand(score: number): HealthBand {
  if (score >= 70) return 'good';
  if (score >= 40) return 'fair';
  return 'poor';
}

/**
 * The score, and on demand how it is made: what it measures (what the partnership's step expects), then each
 * component's explanation with its value times its weight — or, for a component a later step builds, that it
 * does not count yet (the domain gives it a weight of 0).
 */
function HealthDetails({ health }: { health: PortfolioRow['health'] }) {
  const { t, i18n } = useTranslation();
  const text = useDomainText();
  const language = i18n.language;
  const score = formatNumber(health.score, language);
  return (
    <details className="portfolio-health">
      <summary>
        <span className={`portfolio-health__score portfolio-health__score--${healthBand(health.score)}`}>
          {t('portfolio.health.score', { score })}
        </span>
        <span className="visually-hidden"> {t('portfolio.health.showDetails')}</span>
      </summary>
      <p className="portfolio-health__intro">{t('portfolio.health.intro')}</p>
      <ul className="portfolio-health__components" aria-label={t('portfolio.health.details')}>
        {health.components.map((component) => (
          <li key={component.id}>
            {text(component.explanationKey)}{' '}
            <span className="portfolio-health__points">
              {component.weight === 0
                ? t('portfolio.health.notYetExpected')
                : t('portfolio.health.component', {
                    value: formatNumber(component.value, language, 2),
                    weight: formatNumber(component.weight, language, 1),
                    points: formatNumber(component.value * component.weight, language, 1),
                  })}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

function NextVisit({ row }: { row: PortfolioRow }) {
  const { t, i18n } = useTranslation();
  const visit = row.nextVisit;
  if (!visit) return <span className="muted">{t('portfolio.visit.none')}</span>;
  const ours = ownDelegationTravels(visit.direction, row.yourRole);
  return (
    <>
      {ours ? t('portfolio.visit.ours') : t('portfolio.visit.theirs')}
      <span className="portfolio-cell__line">
        {formatCalendarRange(visit.startsOn, visit.endsOn, i18n.language)}
      </span>
    </>
  );
}

const AUDIENCE_ORDER = new Map<string, number>(
  DIALOGUE_AUDIENCES.map((audience, index) => [audience, index]),
);

/** The next exchange due with each audience of the dialogue plan, overdue ones marked. */
function DialogueDue({ dues }: { dues: PortfolioRow['dialogueDue'] }) {
  const { t, i18n } = useTranslation();
  if (dues.length === 0) return <span className="muted">{t('portfolio.dialogue.none')}</span>;
  const ordered = [...dues].sort(
    (a, b) => (AUDIENCE_ORDER.get(a.audience) ?? 0) - (AUDIENCE_ORDER.get(b.audience) ?? 0),
  );
  return (
    <ul className="plain-list portfolio-dues">
      {ordered.map((due) => (
        <li key={due.audience} className={`portfolio-due portfolio-due--${due.status}`}>
          {t('portfolio.dialogue.due', {
            audience: t(`portfolio.dialogue.audiences.${due.audience}`),
            date: formatCalendarDate(due.dueOn, i18n.language),
          })}
          {due.status !== 'on_track' && (
            <>
              {' '}
              <span className={`badge badge--due-${due.status}`}>
                {t(`portfolio.dialogue.statuses.${due.status}`)}
              </span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Who travels, who initiates, where actions take place: the counts from the viewer's side. */
function Balance({ row }: { row: PortfolioRow }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { made, hosted } = visitsFromOwnSide(row);
  const { actionsCount, ownInitiatedShare, ownLocatedShare } = row.asymmetry;
  return (
    <ul className="plain-list">
      <li>
        {t('portfolio.balance.visits', {
          made: t('portfolio.balance.made', { count: made }),
          hosted: t('portfolio.balance.hosted', { count: hosted }),
        })}
      </li>
      {actionsCount === 0 ? (
        <li className="muted">{t('portfolio.balance.noActions')}</li>
      ) : (
        <>
          <li>{t('portfolio.balance.actions', { count: actionsCount })}</li>
          {ownInitiatedShare !== null && (
            <li>{t('portfolio.balance.initiated', { share: formatShare(ownInitiatedShare, language) })}</li>
          )}
          {ownLocatedShare !== null && (
            <li>{t('portfolio.balance.located', { share: formatShare(ownLocatedShare, language) })}</li>
          )}
        </>
      )}
    </ul>
  );
}

/** The warning signs of rupture weighing on the partnership today (elections, budget cuts…), soonest first. */
function RuptureSignals({ row }: { row: PortfolioRow }) {
  const { t, i18n } = useTranslation();
  if (row.ruptureSignals.length === 0) return null;
  const nameOf = (partyId: string) =>
    row.partners.find((partner) => partner.id === partyId)?.name ?? t(`portfolio.roles.${row.yourRole}`);
  return (
    <span className="portfolio-cell__line">
      <span className="badge badge--asleep">{t('ruptureSignals.dashboard.label')}</span>
      <ul className="plain-list">
        {row.ruptureSignals.map((signal) => (
          <li key={`${signal.kind}-${signal.partyId}-${signal.occursOn}`} className="muted">
            {t('ruptureSignals.dashboard.item', {
              kind: t(`ruptureSignals.kinds.${signal.kind}`),
              party: nameOf(signal.partyId),
              date: formatCalendarDate(signal.occursOn, i18n.language),
            })}
          </li>
        ))}
      </ul>
    </span>
  );
}
