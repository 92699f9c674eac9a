import { CRITERIA, CRITERION_IDS, WARNING_IDS, WARNING_STEPS, type StepId } from '@passerelle/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDomainText } from '../../lib/i18n/domain-text';
import { findStepBySlug, LIFECYCLE_STEPS } from '../../features/method-guide/lifecycle-steps';
import { NotFoundRoute } from './not-found-route';

/** The criteria the method sets at a step, in the lifecycle model's order. */
function criteriaOf(step: StepId) {
  return CRITERION_IDS.filter((id) => CRITERIA[id].step === step);
}

function warningsOf(step: StepId) {
  return WARNING_IDS.filter((id) => WARNING_STEPS[id] === step);
}

/**
 * The method's guide to one step: what it is for, what it asks before the next step opens (each criterion with
 * its reason, from the same catalogue the partnerships are assessed by) and what to watch, never blocking.
 */
export function StepRoute() {
  const { t } = useTranslation();
  const text = useDomainText();
  const step = findStepBySlug(useParams().step);
  if (!step) return <NotFoundRoute />;
  const previous = LIFECYCLE_STEPS[step.number - 2];
  const next = LIFECYCLE_STEPS[step.number];
  return (
    <>
      <p className="eyebrow">{t('steps.stepLabel', { number: step.number })}</p>
      <h1>{t(`steps.${step.id}.title`)}</h1>
      <p className="lead">{t(`steps.${step.id}.summary`)}</p>
      <section className="panel panel--section" aria-labelledby="step-asks-title">
        <h2 id="step-asks-title">{t('steps.asksTitle')}</h2>
        <ul className="criteria">
          {criteriaOf(step.id).map((id) => (
            <li key={id} className="criterion">
              <p className="criterion__text">{text(`criteria.${id}`)}</p>
              <p className="criterion__why">
                <span className="criterion__why-label">{t('stepper.why')}</span> {text(`criteriaWhy.${id}`)}
              </p>
            </li>
          ))}
        </ul>
      </section>
      {warningsOf(step.id).length > 0 && (
        <section className="panel panel--section" aria-labelledby="step-watch-title">
          <h2 id="step-watch-title">{t('steps.watchTitle')}</h2>
          <p className="muted">{t('stepper.warningsIntro')}</p>
          <ul className="warnings">
            {warningsOf(step.id).map((id) => (
              <li key={id} className="warning">
                <p className="warning__text">{text(`warnings.${id}`)}</p>
                <p className="criterion__why">
                  <span className="criterion__why-label">{t('stepper.why')}</span> {text(`warningsWhy.${id}`)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="panel">
        <h2>{t('steps.comingTitle')}</h2>
        <p>{t('steps.coming')}</p>
      </section>
      <p className="step-pager">
        {previous && (
          <Link to={`/etapes/${previous.slug}`} rel="prev">
            {t('steps.previous', { title: t(`steps.${previous.id}.title`) })}
          </Link>
        )}
        {next && (
          <Link to={`/etapes/${next.slug}`} rel="next">
            {t('steps.next', { title: t(`steps.${next.id}.title`) })}
          </Link>
        )}
      </p>
    </>
  );
}
