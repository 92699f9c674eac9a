import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LIFECYCLE_STEPS } from '../lifecycle-steps';

/** The six steps as an ordered list: the order matters in the method. */
export function MethodOverview() {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="method-title">
      <h2 id="method-title">{t('home.methodTitle')}</h2>
      <ol className="step-list">
        {LIFECYCLE_STEPS.map((step) => (
          <li key={step.id} className="link-line">
            <Link to={`/etapes/${step.slug}`}>{t(`steps.${step.id}.title`)}</Link>
            <p>{t(`steps.${step.id}.summary`)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
