import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { useActions, type ActionsOverview, type ActionSummary } from '../api/get-actions';
import { ActionCard } from './action-card';
import type { ActionPermissions } from './action-permissions';
import { partyNamesOf, type PartyNames } from './action-texts';
import { ActionWarnings } from './action-warnings';
import { CreateActionForm } from './create-action-form';
import { FundingFigures } from './funding-figures';
import './actions.css';
import { TableScroll } from '../../../components/ui/table-scroll';

const PRIORITY_RANK: Record<ActionSummary['priority'], number> = { high: 0, medium: 1, low: 2 };

/** High priority first; within a priority, the API's order (start date, then title) is kept. */
function byPriority(actions: readonly ActionSummary[]): ActionSummary[] {
  return [...actions].sort((a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority]);
}

/**
 * Step 6 (« Passer aux actions ») for any party: the actions by priority, worded from the viewer's side,
 * the partnership's funding figures (own shares, co-financing shares, leverage of each grant), the balance between the parties, the method's warnings, and
 * the form to create an action initiated by the viewer's party.
 */
export function ActionsPage({
  partnershipId,
  ownPartyId,
  permissions,
}: {
  partnershipId: string;
  /** The viewer's authority, a party of the partnership. */
  ownPartyId: string | undefined;
  permissions: ActionPermissions;
}) {
  const { t } = useTranslation();
  const actions = useActions(partnershipId);
  if (actions.isPending) return <p role="status">{t('common.loading')}</p>;
  if (actions.isError) return <p role="alert">{describeError(t, actions.error)}</p>;
  const view = actions.data;
  const names = partyNamesOf(view.parties, ownPartyId);
  const sorted = byPriority(view.actions);
  return (
    <>
      {!permissions.canRun && <p className="callout">{t('actions.readOnly')}</p>}
      <section className="panel panel--section" aria-labelledby="actions-list">
        <h2 id="actions-list">{t('actions.listTitle')}</h2>
        <p className="muted">{t('actions.listIntro')}</p>
        {sorted.length === 0 ? (
          <p>{t('actions.empty')}</p>
        ) : (
          <ol className="action-cards" aria-label={t('actions.listLabel')}>
            {sorted.map((action) => (
              <ActionCard key={action.id} partnershipId={partnershipId} action={action} names={names} />
            ))}
          </ol>
        )}
      </section>
      <section className="panel panel--section" aria-labelledby="actions-funding">
        <h2 id="actions-funding">{t('actions.funding.title')}</h2>
        <p className="muted">{t('actions.funding.intro')}</p>
        <FundingFigures funding={view.funding} names={names} label={t('actions.funding.figuresLabel')} />
      </section>
      <PartiesBalance view={view} names={names} />
      <section className="panel panel--section" aria-labelledby="actions-warnings">
        <h2 id="actions-warnings">{t('actions.warnings.title')}</h2>
        {view.warnings.length === 0 ? (
          <p className="muted">{t('actions.warnings.none')}</p>
        ) : (
          <ActionWarnings warnings={view.warnings} label={t('actions.warnings.listLabel')} />
        )}
      </section>
      {permissions.canRun && (
        <section className="panel panel--section" aria-labelledby="actions-create">
          <h2 id="actions-create">{t('actions.form.title')}</h2>
          {names.isMember && ownPartyId ? (
            <CreateActionForm partnershipId={partnershipId} names={names} ownPartyId={ownPartyId} />
          ) : (
            <p>{t('actions.form.noParty')}</p>
          )}
        </section>
      )}
    </>
  );
}

/** Who initiates the actions and where they take place, party by party: the method watches for asymmetry. */
function PartiesBalance({ view, names }: { view: ActionsOverview; names: PartyNames }) {
  const { t } = useTranslation();
  const titleId = useId();
  if (view.asymmetry.parties.length === 0) return null;
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('actions.balance.title')}</h2>
      <TableScroll label={t('actions.balance.title')}>
        <table className="table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{t('actions.balance.party')}</th>
              <th scope="col">{t('actions.balance.initiated')}</th>
              <th scope="col">{t('actions.balance.located')}</th>
              <th scope="col">{t('actions.balance.indicators')}</th>
            </tr>
          </thead>
          <tbody>
            {view.asymmetry.parties.map((party) => (
              <tr key={party.partyId}>
                <th scope="row">{names.nameOf(party.partyId)}</th>
                <td>{party.actionsInitiated}</td>
                <td>{party.actionsLocated}</td>
                <td>{party.indicatorsProposed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <InitiativeByTerritory view={view} names={names} />
    </section>
  );
}

/**
 * Who proposed the actions crossed with where they take place (seed 002: "pas d'activités au Nord à
 * l'initiative du Sud"): one row per proposing party, one column per territory.
 */
function InitiativeByTerritory({ view, names }: { view: ActionsOverview; names: PartyNames }) {
  const { t } = useTranslation();
  const titleId = useId();
  const parties = view.asymmetry.parties.map((party) => party.partyId);
  const count = (proposedBy: string, territoryOf: string) =>
    view.asymmetry.initiativeByTerritory.find(
      (cell) => cell.proposedBy === proposedBy && cell.territoryOf === territoryOf,
    )?.actions ?? 0;
  return (
    <>
      <h3 id={titleId}>{t('actions.balance.crossTitle')}</h3>
      <p className="muted">{t('actions.balance.crossIntro')}</p>
      <TableScroll label={t('actions.balance.crossTitle')}>
        <table className="table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{t('actions.balance.proposedBy')}</th>
              {parties.map((territoryOf) => (
                <th scope="col" key={territoryOf}>
                  {t('actions.balance.onTerritoryOf', { party: names.nameOf(territoryOf) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {parties.map((proposedBy) => (
              <tr key={proposedBy}>
                <th scope="row">{names.nameOf(proposedBy)}</th>
                {parties.map((territoryOf) => (
                  <td key={territoryOf}>{count(proposedBy, territoryOf)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
