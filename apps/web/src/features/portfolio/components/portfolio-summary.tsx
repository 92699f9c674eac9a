import { PARTNERSHIP_STATUSES } from '@passerelle/domain';
import { useTranslation } from 'react-i18next';
import type { Portfolio } from '../api/get-portfolio';
import { formatNumber } from './portfolio-format';

/**
 * The whole portfolio in a few figures, whatever the filters: partnerships, how many in each status, how
 * many whose dialogue is falling asleep. `portfolio` is the unfiltered view.
 */
export function PortfolioSummary({ portfolio }: { portfolio: Portfolio }) {
  const { t, i18n } = useTranslation();
  const fallingAsleep = portfolio.rows.filter((row) => row.fallingAsleep).length;
  const tiles = [
    { key: 'total', count: portfolio.total, label: t('portfolio.summary.total', { count: portfolio.total }) },
    ...PARTNERSHIP_STATUSES.map((status) => {
      const count = portfolio.byStatus[status] ?? 0;
      return { key: status, count, label: t(`portfolio.summary.${status}`, { count }) };
    }),
    {
      key: 'fallingAsleep',
      count: fallingAsleep,
      label: t('portfolio.summary.fallingAsleep', { count: fallingAsleep }),
    },
  ];
  return (
    <ul className="portfolio-tiles" aria-label={t('portfolio.summary.label')}>
      {tiles.map((tile) => (
        <li key={tile.key} className={`portfolio-tile portfolio-tile--${tile.key}`}>
          <span className="portfolio-tile__value">{formatNumber(tile.count, i18n.language)}</span>{' '}
          <span className="portfolio-tile__label">{tile.label}</span>
        </li>
      ))}
    </ul>
  );
}
