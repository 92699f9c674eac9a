import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * Where the officer plans a visit to a red zone ("formellement déconseillé"): no delegation goes there, so the
 * form says so before anything is sent, and what can be done instead — meet in a third place (a visit to
 * another destination, or the partner's delegation received here) or exchange remotely through the dialogue.
 */
export function RedZoneRefusal({ partnershipId, place }: { partnershipId: string; place: string }) {
  const { t } = useTranslation();
  return (
    <div className="visit-red-zone" role="alert" data-testid="red-zone-refusal">
      <p className="visit-red-zone__title">
        <span aria-hidden="true">⛔ </span>
        {t('visits.redZoneRefusal.title', { place })}
      </p>
      <p>{t('visits.redZoneRefusal.why')}</p>
      <p>{t('visits.redZoneRefusal.instead')}</p>
      <ul>
        <li>{t('visits.redZoneRefusal.thirdPlace')}</li>
        <li>
          {t('visits.redZoneRefusal.remote')}{' '}
          <Link to={`/partenariats/${partnershipId}/dialogue`}>{t('visits.redZoneRefusal.toDialogue')}</Link>
        </li>
      </ul>
    </div>
  );
}
