import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDomainText } from '../../../lib/i18n/domain-text';
import type { PoliticalDialogue } from '../api/get-political-dialogue';

/**
 * What the method still needs before a party may approve the convention, in the lifecycle model's words,
 * each with who it waits for: the viewer's authority when it has its part to do, otherwise the other
 * parties by name — a party that did its part is not asked to do it again.
 */
export function ConventionReadiness({
  view,
  ownPartyId,
}: {
  view: PoliticalDialogue;
  ownPartyId: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const domainText = useDomainText();
  const titleId = useId();
  const nameOf = (partyId: string) =>
    view.parties.find((party) => party.partyId === partyId)?.name ?? partyId;
  const awaitedText = (awaited: readonly string[]): string => {
    const others = awaited.filter((partyId) => partyId !== ownPartyId).map(nameOf);
    const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
    if (ownPartyId && awaited.includes(ownPartyId)) {
      return others.length === 0
        ? t('politicalDialogue.readiness.awaitingYou')
        : t('politicalDialogue.readiness.awaitingYouAnd', { parties: list.format(others) });
    }
    if (others.length === 0) return '';
    return t('politicalDialogue.readiness.awaitingOthers', { parties: list.format(others) });
  };
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('politicalDialogue.readiness.title')}</h2>
      {view.awaitedForApproval.length === 0 ? (
        <p>{t('politicalDialogue.readiness.ready')}</p>
      ) : (
        <>
          <p>{t('politicalDialogue.readiness.missing')}</p>
          <ul aria-label={t('politicalDialogue.readiness.listLabel')}>
            {view.awaitedForApproval.map((missing) => (
              <li key={missing.criterion}>
                {domainText(`criteria.${missing.criterion}`)}{' '}
                <span className="muted">{awaitedText(missing.awaitedParties)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
