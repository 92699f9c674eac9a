import { addDays, calendarDateAt } from '@passerelle/domain';
import type { EntityManager } from 'typeorm';

/** The demo action that carries Angers' applications (Angers – Kairouan, in progress). */
const FUNDED_ACTION_TITLE = 'Chantier-école de restauration des portes de la médina';

/**
 * Angers' calls for projects and the Kairouan action's applications to them (docs/funding.md): the EU's
 * programme granted, with a tranche received, one still expected and an interim report due in three
 * weeks; the region's refused; the ministry's call still open, with a draft checked against its rules and
 * a reminder before it closes. Dates are relative to the day the data is loaded; rows are written straight,
 * as of that day (the reminders are scheduled after, with every partnership's).
 */
export async function insertFundingDemo(
  manager: EntityManager,
  angersId: string,
  loadedAt: Date,
): Promise<void> {
  const day = (offset: number) => addDays(calendarDateAt(loadedAt, 'Europe/Paris'), offset);
  const [action]: Array<{ partnership_id: string; record_key: string }> = await manager.query(
    `SELECT partnership_id, record_key FROM joint_action WHERE content->>'title' = $1`,
    [FUNDED_ACTION_TITLE],
  );
  if (!action) return;
  const call = async (values: {
    funder: string;
    funderName: string;
    name: string;
    link: string | null;
    opensOn: string;
    closesOn: string;
    rules: unknown[];
  }) => {
    const [row]: Array<{ id: string }> = await manager.query(
      `INSERT INTO funding_call (organisation_id, funder, funder_name, name, link, opens_on, closes_on, rules)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb) RETURNING id`,
      [
        angersId,
        values.funder,
        values.funderName,
        values.name,
        values.link,
        values.opensOn,
        values.closesOn,
        JSON.stringify(values.rules),
      ],
    );
    return row!.id;
  };
  const application = async (callId: string, values: Record<string, unknown>) => {
    const [row]: Array<{ id: string }> = await manager.query(
      `INSERT INTO funding_application (call_id, organisation_id, partnership_id, action_key, status,
                                        requested_amount, staff_time_amount, submitted_on, granted_amount,
                                        decided_on, conditions)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        callId,
        angersId,
        action.partnership_id,
        action.record_key,
        values.status,
        values.requested,
        values.staffTime ?? 0,
        values.submittedOn ?? null,
        values.granted ?? null,
        values.decidedOn ?? null,
        values.conditions ?? '',
      ],
    );
    return row!.id;
  };

  const ministry = await call({
    funder: 'ministry_call',
    funderName: 'MEAE — Délégation pour l’action extérieure des collectivités territoriales',
    name: 'Appel à projets « Jeunesse et patrimoine »',
    link: 'https://www.diplomatie.gouv.fr/',
    opensOn: day(-60),
    closesOn: day(10),
    rules: [
      { kind: 'min_own_funds_share', share: 0.25, source: 'Règlement de l’appel, art. 4' },
      { kind: 'max_staff_time_share', share: 0.1, source: 'Règlement de l’appel, art. 6' },
      { kind: 'max_call_share', share: 0.5, source: 'Règlement de l’appel, art. 5' },
    ],
  });
  const europe = await call({
    funder: 'european_union',
    funderName: 'Programme de coopération transfrontalière',
    name: 'Autorités locales — patrimoine et emploi des jeunes',
    link: null,
    opensOn: day(-320),
    closesOn: day(-240),
    rules: [{ kind: 'max_requested_amount', amount: 50_000, source: 'Lignes directrices, § 2.1' }],
  });
  const region = await call({
    funder: 'other_authority',
    funderName: 'Région Pays de la Loire',
    name: 'Solidarité internationale — appel annuel',
    link: null,
    opensOn: day(-300),
    closesOn: day(-230),
    rules: [{ kind: 'min_own_funds_share', share: 0.5, source: 'Délibération régionale, annexe 2' }],
  });

  const granted = await application(europe, {
    status: 'granted',
    requested: 45_000,
    submittedOn: day(-245),
    granted: 42_000,
    decidedOn: day(-205),
    conditions: 'Rapport intermédiaire technique et financier ; visibilité du programme sur le chantier.',
  });
  await manager.query(
    `INSERT INTO funding_tranche (application_id, label, expected_on, expected_amount, received_on, received_amount)
     VALUES ($1, 'Préfinancement (60 %)', $2, 25200, $3, 25200), ($1, 'Solde', $4, 16800, NULL, NULL)`,
    [granted, day(-180), day(-172), day(170)],
  );
  await manager.query(
    `INSERT INTO funding_report (application_id, kind, due_on) VALUES ($1, 'interim', $2), ($1, 'final', $3)`,
    [granted, day(20), day(200)],
  );
  await application(region, {
    status: 'refused',
    requested: 10_000,
    submittedOn: day(-235),
    decidedOn: day(-150),
    conditions: 'Enveloppe annuelle épuisée ; candidature possible l’an prochain.',
  });
  await application(ministry, { status: 'draft', requested: 15_000, staffTime: 4_000 });
}
