import { type ActionStatus, type ActionTheme } from '../action/action';
import { type ConventionState } from '../convention/convention';
import { type OrganisationKind } from '../organisation/organisation';
import {
  type PartnershipForm,
  type PartnershipSnapshot,
  type PartnershipStatus,
} from '../partnership/partnership';
import { type CalendarDate } from '../shared/calendar-date';
import { type PartyId } from '../shared/ids';

/**
 * One project sheet of the national atlas of decentralised cooperation (docs/atlas-and-handover.md): a
 * cooperation of the authority with one partner authority, what it is about and where it stands. A
 * partnership with several partners (a mini-network) gives one sheet per partner, as the atlas maps each
 * pair of authorities; a partnership without a partner yet gives none.
 */
export interface AtlasProjectSheet {
  readonly partnershipId: string;
  readonly title: string;
  readonly form: PartnershipForm;
  readonly status: PartnershipStatus;
  readonly partnerName: string;
  readonly partnerKind: OrganisationKind;
  readonly partnerCountry: string;
  readonly since: CalendarDate;
  readonly conventionState: ConventionState | null;
  readonly conventionSignedOn: CalendarDate | null;
  readonly conventionExpiresOn: CalendarDate | null;
  /** What the partnership is for: the convention's objectives, else its agreed priorities. */
  readonly objectives: string;
  readonly themes: readonly ActionTheme[];
  readonly sdgs: readonly number[];
  readonly actions: readonly { readonly title: string; readonly status: ActionStatus }[];
  /** The authority's territory actors taking part (associations, schools…), by name. */
  readonly territoryActors: readonly string[];
}

/** The project sheets of `own`'s partnership, one per partner authority. */
export function atlasProjectSheets(snapshot: PartnershipSnapshot, own: PartyId): AtlasProjectSheet[] {
  const convention = snapshot.convention;
  const content = convention?.versions.at(-1)?.content ?? null;
  const actions = snapshot.actions.filter((action) => action.status !== 'cancelled');
  const themes = [...new Set([...(content?.themes ?? []), ...actions.flatMap((action) => action.themes)])];
  const sdgs = [...new Set(actions.flatMap((action) => action.sdgs))].sort((a, b) => a - b);
  const objectives =
    content?.objectives.trim() ||
    snapshot.politicalDialogue.priorities.map((priority) => priority.title).join(' ; ');
  const shared = {
    partnershipId: snapshot.partnership.id,
    title: snapshot.partnership.name,
    form: snapshot.partnership.form,
    status: snapshot.partnership.status,
    since: snapshot.partnership.createdAt.toISOString().slice(0, 10),
    conventionState: convention?.state ?? null,
    conventionSignedOn: convention?.signature?.signedOn ?? null,
    conventionExpiresOn: convention?.expiresOn ?? null,
    objectives,
    themes,
    sdgs,
    actions: actions.map((action) => ({ title: action.title, status: action.status })),
    territoryActors: snapshot.territoryActors
      .filter((actor) => actor.partyId === own)
      .map((actor) => actor.name),
  };
  return snapshot.organisations
    .filter((organisation) => organisation.id !== own)
    .map((partner) => ({
      ...shared,
      partnerName: partner.name,
      partnerKind: partner.kind,
      partnerCountry: partner.country,
    }));
}
