import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { findStepBySlug } from '../../features/method-guide/lifecycle-steps';
import { NotFoundRoute } from './not-found-route';

export function StepRoute() {
  const { t } = useTranslation();
  const step = findStepBySlug(useParams().step);
  if (!step) return <NotFoundRoute />;
  return (
    <>
      <p className="eyebrow">{t('steps.stepLabel', { number: step.number })}</p>
      <h1>{t(`steps.${step.id}.title`)}</h1>
      <p className="lead">{t(`steps.${step.id}.summary`)}</p>
      <section className="panel">
        <h2>{t('steps.comingTitle')}</h2>
        <p>{t('steps.coming')}</p>
      </section>
    </>
  );
}
