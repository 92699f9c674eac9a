import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../lib/i18n/locale';

/** The date of this statement: it changes when the statement's content is reviewed, not at each release. */
const STATEMENT_DATE = '2026-12-07';

/** The Défenseur des droits' ways to be reached, as the RGAA's model statement lists them. */
const DEFENSEUR_FORM = 'https://formulaire.defenseurdesdroits.fr/';
const DEFENSEUR_DELEGATES = 'https://www.defenseurdesdroits.fr/carte-des-delegues';

/** The keys of the known shortcomings, in the order the statement lists them. */
const KNOWN_SHORTCOMINGS = ['forms', 'focus', 'pdf', 'languages'] as const;

/**
 * The accessibility statement that the law asks every public body's service to publish (law n° 2005-102,
 * article 47; RGAA 4.1.2): its state of compliance, what is known not to be accessible, how it is tested,
 * whom to tell, and the recourse when no answer comes.
 */
export function AccessibilityStatement() {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(localeOf(i18n.language), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${STATEMENT_DATE}T00:00:00Z`));
  return (
    <>
      <h1>{t('accessibility.title')}</h1>
      <p className="lead">{t('accessibility.commitment')}</p>
      <section className="panel panel--section" aria-labelledby="accessibility-state">
        <h2 id="accessibility-state">{t('accessibility.stateTitle')}</h2>
        <p>{t('accessibility.state')}</p>
        <p>{t('accessibility.tested')}</p>
      </section>
      <section className="panel panel--section" aria-labelledby="accessibility-shortcomings">
        <h2 id="accessibility-shortcomings">{t('accessibility.shortcomingsTitle')}</h2>
        <ul>
          {KNOWN_SHORTCOMINGS.map((key) => (
            <li key={key}>{t(`accessibility.shortcomings.${key}`)}</li>
          ))}
        </ul>
      </section>
      <section className="panel panel--section" aria-labelledby="accessibility-made">
        <h2 id="accessibility-made">{t('accessibility.madeTitle')}</h2>
        <p>{t('accessibility.made', { date })}</p>
        <p>{t('accessibility.technologies')}</p>
        <p>{t('accessibility.environment')}</p>
      </section>
      <section className="panel panel--section" aria-labelledby="accessibility-contact">
        <h2 id="accessibility-contact">{t('accessibility.contactTitle')}</h2>
        <p>{t('accessibility.contact')}</p>
      </section>
      <section className="panel panel--section" aria-labelledby="accessibility-recourse">
        <h2 id="accessibility-recourse">{t('accessibility.recourseTitle')}</h2>
        <p>{t('accessibility.recourse')}</p>
        <ul>
          <li className="link-line">
            <a href={DEFENSEUR_FORM}>{t('accessibility.recourseForm')}</a>
          </li>
          <li className="link-line">
            <a href={DEFENSEUR_DELEGATES}>{t('accessibility.recourseDelegate')}</a>
          </li>
          <li>{t('accessibility.recoursePhone')}</li>
          <li>{t('accessibility.recourseMail')}</li>
        </ul>
      </section>
    </>
  );
}
