import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDomainText } from '../../../lib/i18n/domain-text';
import { commitmentPath, type CommitmentSection } from '../../../lib/partnership-paths';
import { territoryActorInvolvementOf, useMethodAssessment } from '../api/get-method-assessment';

/** Where each step 1 criterion's form is (the criteria's `fixTarget`, stable names of the domain). */
const COMMITMENT_SECTIONS: Record<string, CommitmentSection> = {
  'commitment.motivations': 'motivations',
  'commitment.motivations.review': 'motivations',
  'commitment.stakes': 'stakes',
  'commitment.contributions': 'contributions',
  'commitment.territory-actors': 'territoryActors',
};

/**
 * On the partner search, where candidates are added: "la recherche de partenaires potentiels ne sera
 * pertinente que lorsque cette volonté d'engagement sera construite" (seed 004 §4). An explained warning,
 * not a refusal (docs/domain.md): what step 1 still lacks, each with a link to its form, and the number
 * and kinds of actors associated against those required. Nothing once step 1 is done.
 */
export function CommitmentGate({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const text = useDomainText();
  const titleId = useId();
  const assessment = useMethodAssessment(partnershipId).data;
  const commitment = assessment?.steps.find((step) => step.step === 'COMMITMENT');
  if (!assessment || !commitment || commitment.status === 'done') return null;
  const missing = commitment.criteria.filter((criterion) => !criterion.met);
  const involvement = territoryActorInvolvementOf(assessment);
  const reviewMissing = missing.some((criterion) => criterion.id === 'COMMITMENT.MOTIVATIONS_REVIEWED');
  return (
    <section className="panel panel--section callout" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('commitmentGate.title')}</h2>
      <p>{t('commitmentGate.intro')}</p>
      <h3>{t('commitmentGate.missing')}</h3>
      <ul>
        {missing.map((criterion) => {
          const section = COMMITMENT_SECTIONS[criterion.fixTarget];
          return (
            <li key={criterion.id}>
              {text(criterion.explanationKey)}{' '}
              {section && <Link to={commitmentPath(partnershipId, section)}>{t('commitmentGate.fix')}</Link>}
              {criterion.id === 'COMMITMENT.TERRITORY_ACTORS_ASSOCIATED' && involvement && (
                <span className="portfolio-cell__line muted">
                  {t('commitmentGate.actors', {
                    associated: involvement.associatedActors,
                    kinds: involvement.associatedKinds.length,
                    requiredActors: involvement.requiredActors,
                    requiredKinds: involvement.requiredKinds,
                  })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {reviewMissing && <p className="muted">{t('commitmentGate.acceptBlocked')}</p>}
    </section>
  );
}
