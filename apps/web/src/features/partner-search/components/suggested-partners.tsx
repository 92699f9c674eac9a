import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../components/ui/country-name';
import { describeError } from '../../../components/ui/error-text';
import { FormAlert, FormSuccess } from '../../../components/ui/form';
import { languageName } from '../../../components/ui/language-name';
import { themeName } from '../../../components/ui/theme-name';
import { ApiProblemError } from '../../../lib/api/problem';
import { PARTNER_SEARCH_SECTION_IDS } from '../../../lib/partnership-paths';
import { useAddCandidate } from '../api/add-candidate';
import { useSuggestedPartners, type MatchReason, type SuggestedPartner } from '../api/get-suggested-partners';

/** How a candidate found in the directory came: the authorities' network, through Passerelle's directory. */
const DIRECTORY_SOURCE = { source: 'authority_network', sourceDetail: 'Annuaire Passerelle' } as const;

/**
 * Authorities of the directory that fit the partnership, each with its score and the reasons for it, and a
 * button that adds one to the candidates. Only the initiator runs the search: for the other parties the
 * API answers 404 and the section stays hidden.
 */
export function SuggestedPartners({ partnershipId, canWrite }: { partnershipId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const suggestions = useSuggestedPartners(partnershipId);
  const add = useAddCandidate(partnershipId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<string | undefined>();
  const titleId = PARTNER_SEARCH_SECTION_IDS.suggestions;
  if (suggestions.isPending) return null;
  // Not the initiator (or no suggestions to make here): nothing to show.
  if (suggestions.isError && suggestions.error instanceof ApiProblemError && suggestions.error.status === 404)
    return null;

  const addCandidate = (suggestion: SuggestedPartner) => {
    setNotice(undefined);
    add.mutate(
      {
        name: suggestion.name,
        countryCode: suggestion.countryCode,
        organisationId: suggestion.organisationId,
        ...DIRECTORY_SOURCE,
      },
      {
        onSuccess: () => {
          setNotice(t('suggestions.added', { name: suggestion.name }));
          // The suggestion leaves the list: the focus goes back to the section.
          headingRef.current?.focus();
        },
      },
    );
  };

  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1} className="anchor-target">
        {t('suggestions.title')}
      </h2>
      <p className="muted">{t('suggestions.intro')}</p>
      <FormAlert message={add.isError ? describeError(t, add.error) : undefined} />
      <FormSuccess message={notice} />
      {suggestions.isError ? (
        <p role="alert">{describeError(t, suggestions.error)}</p>
      ) : suggestions.data.items.length === 0 ? (
        // Asking to publish a profile already published would send the user looking for a missing step.
        <p>{suggestions.data.ownProfileListed ? t('suggestions.emptyListed') : t('suggestions.empty')}</p>
      ) : (
        <ul className="suggestions">
          {suggestions.data.items.map((suggestion) => (
            <SuggestionCard
              key={suggestion.organisationId}
              suggestion={suggestion}
              canWrite={canWrite}
              adding={add.isPending}
              onAdd={() => addCandidate(suggestion)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function SuggestionCard({
  suggestion,
  canWrite,
  adding,
  onAdd,
}: {
  suggestion: SuggestedPartner;
  canWrite: boolean;
  adding: boolean;
  onAdd: () => void;
}) {
  const { t, i18n } = useTranslation();
  const nameId = useId();
  return (
    <li className="suggestion">
      <article aria-labelledby={nameId}>
        <h3 id={nameId} className="suggestion__name">
          {suggestion.name}
        </h3>
        <p className="muted">
          {t(`organisationKinds.${suggestion.kind}`)} · {countryName(suggestion.countryCode, i18n.language)}
        </p>
        <p className="suggestion__score">{t('suggestions.score', { score: suggestion.score })}</p>
        {suggestion.summary && <p>{suggestion.summary}</p>}
        {suggestion.reasons.length > 0 && (
          <ul
            className="suggestion__reasons"
            aria-label={t('suggestions.reasonsOf', { name: suggestion.name })}
          >
            {suggestion.reasons.map((reason, index) => (
              <li key={index}>
                <MatchReasonText reason={reason} />{' '}
                <span className="muted">{t('suggestions.points', { points: reason.points })}</span>
              </li>
            ))}
          </ul>
        )}
        {canWrite && (
          <button type="button" className="button button--small" disabled={adding} onClick={onAdd}>
            {t('suggestions.add', { name: suggestion.name })}
          </button>
        )}
      </article>
    </li>
  );
}

/** One reason of a score, in words (« Langue commune : bambara »). */
function MatchReasonText({ reason }: { reason: MatchReason }) {
  const { t, i18n } = useTranslation();
  switch (reason.kind) {
    case 'they_offer_what_we_seek':
    case 'they_seek_what_we_offer':
    case 'open_request_on_our_themes':
      return <>{t(`suggestions.reasons.${reason.kind}`, { value: themeName(t, reason.value) })}</>;
    case 'shared_language':
      return (
        <>{t('suggestions.reasons.shared_language', { value: languageName(reason.value, i18n.language) })}</>
      );
    case 'target_country':
      return (
        <>{t('suggestions.reasons.target_country', { value: countryName(reason.value, i18n.language) })}</>
      );
    default: {
      const unknown: never = reason.kind;
      return <>{unknown}</>;
    }
  }
}
