import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFocusOnHash } from '../../../components/ui/use-focus-on-hash';
import { VISITS_SECTION_IDS } from '../../../lib/partnership-paths';
import { useVisits, type Visit } from '../api/get-visits';
import { VisitCard, type VisitPermissions } from './visit-card';
import { VisitPlanForm } from './visit-plan-form';
import { partiesOf, sideOf, VISIT_SIDES, type Parties, type VisitSide } from './visit-sides';
import { VisitWarnings } from './visit-warnings';
import './visits.css';

/**
 * Step 4 (« Initier la relation ») for any party: the relation's warnings, the delegation visits side by side
 * — ours going out, theirs coming to us — each with its report and follow-ups, and the form to plan one.
 * Everything is worded from the viewer's side (`organisationId`), so partner authorities read the same page
 * the other way round.
 */
export function VisitsPage({
  partnershipId,
  organisationId,
  permissions,
}: {
  partnershipId: string;
  /** The viewer's authority, a party of the partnership. */
  organisationId: string | undefined;
  permissions: VisitPermissions;
}) {
  const { t } = useTranslation();
  const visits = useVisits(partnershipId);
  useFocusOnHash(visits.isSuccess);
  if (visits.isPending) return <p role="status">{t('common.loading')}</p>;
  if (visits.isError) return <p role="alert">{describeError(t, visits.error)}</p>;
  const view = visits.data;
  const parties = partiesOf(view, organisationId);
  const listId = VISITS_SECTION_IDS.visits;
  const bySide = (side: VisitSide) =>
    view.visits.filter((visit) => sideOf(visit, parties.me?.partyId) === side);
  return (
    <>
      {!permissions.canRun && <p className="callout">{t('visits.readOnly')}</p>}
      <RelationWarnings view={view} parties={parties} />
      <section className="panel panel--section" aria-labelledby={listId}>
        <h2 id={listId} tabIndex={-1} className="anchor-target">
          {t('visits.listTitle')}
        </h2>
        <p className="muted">{t('visits.listIntro')}</p>
        {permissions.canRun && <PlanVisit partnershipId={partnershipId} parties={parties} />}
        <div className="visit-columns">
          {VISIT_SIDES.map((side) => {
            const visitsOfSide = bySide(side);
            // Visits between two other parties only show to a partner of a partnership with several.
            if (side === 'others' && visitsOfSide.length === 0) return null;
            return (
              <VisitColumn
                key={side}
                side={side}
                visits={visitsOfSide}
                partnershipId={partnershipId}
                parties={parties}
                permissions={permissions}
              />
            );
          })}
        </div>
      </section>
    </>
  );
}

/** The act of planning a visit (or recording a past one), once the partnership has a partner to visit. */
function PlanVisit({ partnershipId, parties }: { partnershipId: string; parties: Parties }) {
  const { t } = useTranslation();
  if (!parties.me || parties.counterparts.length === 0) return <p>{t('visits.form.noPartner')}</p>;
  return (
    <FormDialog
      openLabel={t('visits.form.title')}
      title={t('visits.form.title')}
      description={t('visits.form.intro')}
      emphasis="primary"
    >
      {(done) => <VisitPlanForm partnershipId={partnershipId} parties={parties} onDone={done} />}
    </FormDialog>
  );
}

function RelationWarnings({ view, parties }: { view: { warnings: Visit['warnings'] }; parties: Parties }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('visits.relationWarnings')}</h2>
      {view.warnings.length === 0 ? (
        <p className="muted">{t('visits.noRelationWarnings')}</p>
      ) : (
        <>
          <p className="muted">{t('stepper.warningsIntro')}</p>
          <VisitWarnings warnings={view.warnings} parties={parties} label={t('visits.relationWarnings')} />
        </>
      )}
    </section>
  );
}

function VisitColumn({
  side,
  visits,
  partnershipId,
  parties,
  permissions,
}: {
  side: VisitSide;
  visits: readonly Visit[];
  partnershipId: string;
  parties: Parties;
  permissions: VisitPermissions;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const taken = visits.filter((visit) => visit.state === 'taken_place').length;
  const coming = visits.filter((visit) => visit.state === 'planned' || visit.state === 'ongoing').length;
  return (
    <section className={`visit-column visit-column--${side}`} aria-labelledby={titleId}>
      <h3 className="board__title">
        <span id={titleId}>{t(`visits.columns.${side}`)}</span>{' '}
        <span className="board__count">{visits.length}</span>
      </h3>
      <p className="visit-column__summary">{t('visits.columnSummary', { taken, coming })}</p>
      {visits.length === 0 ? (
        <p className="muted">{t('visits.columnEmpty')}</p>
      ) : (
        <ul className="visit-cards">
          {visits.map((visit) => (
            <VisitCard
              key={visit.id}
              partnershipId={partnershipId}
              visit={visit}
              parties={parties}
              permissions={permissions}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
