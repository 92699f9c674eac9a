import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../../../components/ui/format-date';
import { commitmentPath } from '../../../lib/partnership-paths';
import type { PoliticalDialogue, PoliticalDialogueParty } from '../api/get-political-dialogue';
import { otherPartyNames, ownPartyFirst } from './party-order';

/**
 * What each party put on the table, in one column per party (the viewer's first) so that elected officials
 * compare them: the frames of reference the motivations fall in, then each shared motivation. Internal
 * motivations never reach this page; until the other side shares, there is nothing to compare.
 */
export function SharedMotivations({
  partnershipId,
  view,
  ownPartyId,
}: {
  partnershipId: string;
  view: PoliticalDialogue;
  ownPartyId: string | undefined;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const others = view.parties.filter((party) => party.partyId !== ownPartyId);
  const othersShareNothing = others.every((party) => party.sharedMotivations.length === 0);
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('politicalDialogue.motivations.title')}</h2>
      <p className="muted">{t('politicalDialogue.motivations.intro')}</p>
      {others.length === 0 ? (
        <p className="callout">{t('politicalDialogue.motivations.noPartner')}</p>
      ) : (
        othersShareNothing && (
          <p className="callout">
            {t('politicalDialogue.motivations.nothingFromPartner', {
              parties: otherPartyNames(view.parties, ownPartyId),
            })}
          </p>
        )
      )}
      <div className="side-by-side">
        {ownPartyFirst(view.parties, ownPartyId).map((party) => (
          <PartyColumn
            key={party.partyId}
            partnershipId={partnershipId}
            party={party}
            isOwn={party.partyId === ownPartyId}
          />
        ))}
      </div>
    </section>
  );
}

function PartyColumn({
  partnershipId,
  party,
  isOwn,
}: {
  partnershipId: string;
  party: PoliticalDialogueParty;
  isOwn: boolean;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const frames = party.framesOfReference;
  return (
    <div className="side-by-side__column" role="group" aria-labelledby={titleId}>
      <h3 id={titleId}>{party.name}</h3>
      {isOwn && <p className="muted">{t('politicalDialogue.motivations.yourSide')}</p>}
      {party.sharedMotivations.length === 0 ? (
        isOwn ? (
          <p className="muted">
            {t('politicalDialogue.motivations.yoursEmpty')}{' '}
            <Link to={commitmentPath(partnershipId, 'motivations')}>
              {t('politicalDialogue.motivations.shareYours')}
            </Link>
          </p>
        ) : (
          <p className="muted">{t('politicalDialogue.motivations.partnerEmpty', { party: party.name })}</p>
        )
      ) : (
        <>
          <p className="record__meta">
            {t('politicalDialogue.motivations.frames', {
              humanist: frames.humanist,
              political: frames.political,
              proDomo: frames.pro_domo,
            })}
          </p>
          <ul
            className="records"
            aria-label={t('politicalDialogue.motivations.listOf', { party: party.name })}
          >
            {party.sharedMotivations.map((motivation) => (
              <li key={motivation.id} className="record">
                <p className="record__meta">
                  {t(`politicalDialogue.categories.${motivation.category}`)} ·{' '}
                  {t(`politicalDialogue.frames.${motivation.frameOfReference}`)}
                </p>
                <p className="record__body">{motivation.text}</p>
                {motivation.sharedAt && (
                  <p className="muted">
                    {t('politicalDialogue.motivations.sharedOn', {
                      date: formatDay(motivation.sharedAt, i18n.language),
                    })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
