import { useTranslation } from 'react-i18next';
import { PortfolioDashboard } from '../../features/portfolio/components/portfolio-dashboard';

/** The landing page of signed-in users: every partnership of their authority at a glance. */
export function PortfolioRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('portfolio.title')}</h1>
      <p className="lead">{t('portfolio.intro')}</p>
      <PortfolioDashboard />
    </>
  );
}
