import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { findStepBySlug } from '../../features/method-guide/lifecycle-steps';
import { NotFoundRoute } from './not-found-route';

export function StepRoute() {
  const { t } = useTranslation();
  const found = findStepBySlug(useParams().step);
  if (!found) return <NotFoundRoute />;
  return (
    <>
      <p className="eyebrow">{t('steps.stepLabel', { number: found.number })}</p>
      <h1>{t(`steps.${found.step.key}.title`)}</h1>
      <p className="lead">{t(`steps.${found.step.key}.summary`)}</p>
      <section className="panel">
        <h2>{t('steps.comingTitle')}</h2>
        <p>{t('steps.coming')}</p>
      </section>
    </>
  );
}
