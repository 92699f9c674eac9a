import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment, Motivation } from '../api/get-commitment';
import { MotivationSummary } from './motivation-summary';

/**
 * The motivations on the table, side by side: the ones the authority shared, and each partner's. Both sides
 * expose theirs before any convention; what a party has not shared stays internal to it.
 */
export function PartnerMotivations({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation();
  const titleId = useId();
  const ownShared = commitment.motivations.filter((motivation) => motivation.shared);
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('partnerMotivations.title')}</h2>
      <p className="muted">{t('partnerMotivations.intro')}</p>
      {commitment.partners.length === 0 ? (
        <p>{t('partnerMotivations.noPartner')}</p>
      ) : (
        <div className="side-by-side">
          <MotivationColumn
            title={t('partnerMotivations.yours')}
            motivations={ownShared}
            empty={t('partnerMotivations.yoursEmpty')}
          />
          {commitment.partners.map((partner) => (
            <MotivationColumn
              key={partner.partyId}
              title={partner.organisationName}
              motivations={partner.motivations}
              empty={t('partnerMotivations.partnerEmpty')}
            />
          ))}
        </div>
      )}
    </section>
  );
}

function MotivationColumn({
  title,
  motivations,
  empty,
}: {
  title: string;
  motivations: readonly Motivation[];
  empty: string;
}) {
  const titleId = useId();
  return (
    <div className="side-by-side__column" role="group" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      {motivations.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="records">
          {motivations.map((motivation) => (
            <li key={motivation.id} className="record">
              <MotivationSummary motivation={motivation} showStatus={false} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
