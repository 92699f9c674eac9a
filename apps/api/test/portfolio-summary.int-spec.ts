import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { assessPartnership, type PartnershipAssessment, type PartnershipSnapshot } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { PartnershipRepository } from '../src/lifecycle/partnership.repository';
import { PartnershipSummaryRepository } from '../src/lifecycle/partnership-summary.repository';
import type { PortfolioRowView } from '../src/lifecycle/dto/portfolio-row.dto';
import type { PortfolioQueryDto } from '../src/portfolio/dto/portfolio.dto';
import { spreadsheetCsv } from '../src/common/spreadsheet/spreadsheet-csv';
import { portfolioSpreadsheet } from '../src/portfolio/portfolio-spreadsheet';
import { assemblePortfolioView } from '../src/portfolio/portfolio.service';
import { incomingDelegation } from './factories/visit-requests';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { SetClock } from './support/set-clock';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const DAY = 86_400_000;
/** 10:00 UTC today (noon in Paris): far from the day's edges in Paris, Bamako and Tokyo alike. */
const START = new Date(`${new Date().toISOString().slice(0, 10)}T10:00:00Z`);
const dayOf = (offsetDays: number) => new Date(START.getTime() + offsetDays * DAY).toISOString().slice(0, 10);

/**
 * The portfolio row as GET /api/portfolio built it from each lifecycle document before summaries were
 * stored (kept verbatim as the reference the stored summaries must reproduce).
 */
function rowFromDocument(
  snapshot: PartnershipSnapshot,
  assessment: PartnershipAssessment,
  own: string,
): PortfolioRowView {
  const { health, asymmetry, dialogue, sleep } = assessment.figures;
  const ownFigures = asymmetry.parties.find((party) => party.partyId === own);
  const convention = snapshot.convention;
  const nextVisit = [...snapshot.visits]
    .filter((visit) => !visit.cancelled && visit.endsOn >= assessment.today)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
  return {
    id: snapshot.partnership.id,
    title: snapshot.partnership.name,
    status: snapshot.partnership.status,
    yourRole: snapshot.partnership.parties.find((party) => party.organisationId === own)?.role ?? 'partner',
    currentStep: assessment.currentStep,
    stepsDone: assessment.steps.filter((step) => step.status === 'done').length,
    health: {
      score: health.score,
      components: health.components.map((component) => ({ ...component })),
    },
    partners: snapshot.organisations
      .filter((organisation) => organisation.id !== own)
      .map((organisation) => ({
        id: organisation.id,
        name: organisation.name,
        countryCode: organisation.country,
      })),
    nextVisit: nextVisit
      ? {
          visitId: nextVisit.id,
          direction: nextVisit.direction,
          startsOn: nextVisit.startsOn,
          endsOn: nextVisit.endsOn,
        }
      : null,
    dialogueDue: (dialogue ?? []).map((due) => ({
      audience: due.audience,
      dueOn: due.dueOn,
      status: due.status,
      lastExchangeOn: due.lastExchangeOn,
    })),
    fallingAsleep: sleep?.fallingAsleep ?? false,
    conventionState: convention?.state ?? null,
    conventionExpiresOn: convention?.expiresOn ?? null,
    asymmetry: {
      visitsToPartner: asymmetry.visitsToPartner,
      visitsFromPartner: asymmetry.visitsFromPartner,
      actionsCount: asymmetry.actionsCount,
      ownInitiatedShare: ownFigures?.actionsInitiatedShare ?? null,
      ownLocatedShare: ownFigures?.actionsLocatedShare ?? null,
      indicatorsCoValidatedShare: asymmetry.indicatorsCoValidatedShare,
    },
    warningsCount: assessment.warnings.length,
    ruptureSignals: assessment.figures.ruptureSignals.map((signal) => ({
      kind: signal.kind,
      occursOn: signal.occursOn,
      partyId: signal.concernsPartyId,
    })),
  };
}

describe('portfolio from stored summaries', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let repository: PartnershipRepository;
  const clock = new SetClock(START);
  const ids: Record<string, string> = {};
  const clients: Record<string, TestHttpClient> = {};

  /** Every visible partnership loaded and assessed as of the clock, as the portfolio used to answer. */
  async function fromDocuments(organisation: string, query: PortfolioQueryDto = {}) {
    const visible: Array<{ id: string }> = await dataSource.query(
      'SELECT partnership_id AS id FROM partnership_party WHERE organisation_id = $1',
      [ids[organisation]],
    );
    const loaded = await new PartnershipRepository().loadMany(
      dataSource.manager,
      visible.map((row) => row.id),
    );
    const rows = loaded.map(({ snapshot }) =>
      rowFromDocument(snapshot, assessPartnership(snapshot, clock.now()), ids[organisation]!),
    );
    const [home] = await dataSource.query('SELECT country_code FROM organisation WHERE id = $1', [
      ids[organisation],
    ]);
    return assemblePortfolioView(rows, query, home.country_code);
  }

  async function portfolio(organisation: string, path = '/api/portfolio'): Promise<string> {
    const response = await clients[organisation]!.request('GET', path);
    expect(response.statusCode).toBe(200);
    return response.body;
  }

  /** The revision of each current stored summary, by partnership. */
  async function storedRevisions(): Promise<Record<string, number>> {
    const rows: Array<{ id: string; revision: number }> = await dataSource.query(
      `SELECT s.partnership_id AS id, s.revision FROM partnership_summary s
         JOIN partnership p ON p.id = s.partnership_id AND p.revision = s.revision`,
    );
    return Object.fromEntries(rows.map((row) => [row.id, row.revision]));
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = buildTestConfig(database.url);
    app = await startTestApp(config, AppModule.forRoot(config, { clock }));
    dataSource = app.get(DataSource);
    repository = app.get(PartnershipRepository);
    const factory = new Factory(dataSource);
    const angers = await factory.organisation("Ville d'Angers", 'FR');
    const bamako = await factory.organisation('District de Bamako', 'ML');
    const sendai = await factory.organisation('Ville de Sendai', 'JP');
    const rennes = await factory.organisation('Ville de Rennes', 'FR');
    Object.assign(ids, { angers: angers.id, bamako: bamako.id, sendai: sendai.id, rennes: rennes.id });
    const staff = {
      angers: await factory.staff(angers.id),
      bamako: await factory.staff(bamako.id),
    };
    clients.angers = TestHttpClient.withSession(app, await factory.session(staff.angers.officer.id));
    clients.bamako = TestHttpClient.withSession(app, await factory.session(staff.bamako.officer.id));
    const withBamako = await factory.partnership(angers.id, staff.angers.officer.id, [bamako.id]);
    const withSendai = await factory.partnership(angers.id, staff.angers.officer.id, [sendai.id]);
    await dataSource.query(`UPDATE partnership SET title = 'Angers – Bamako' WHERE id = $1`, [withBamako.id]);
    await dataSource.query(`UPDATE partnership SET title = 'Angers – Sendai' WHERE id = $1`, [withSendai.id]);
    Object.assign(ids, { withBamako: withBamako.id, withSendai: withSendai.id });

    const visit = await clients.angers.request(
      'POST',
      `/api/partnerships/${withBamako.id}/visits`,
      incomingDelegation({ partnerPartyId: bamako.id, startsOn: dayOf(1), endsOn: dayOf(1) }),
    );
    expect(visit.statusCode).toBe(201);
    const dialogue = await clients.angers.request('GET', `/api/partnerships/${withBamako.id}/dialogue`);
    const participant = (user: { id: string; organisationId: string }, role: string) => ({
      userId: user.id,
      partyId: user.organisationId,
      role,
    });
    const plan = await clients.angers.request('PUT', `/api/partnerships/${withBamako.id}/dialogue/plan`, {
      audiences: [
        {
          audience: 'technicians',
          cadence: { every: 1, unit: 'week' },
          channels: ['email'],
          participants: [
            participant(staff.angers.officer, 'technician'),
            participant(staff.bamako.officer, 'technician'),
          ],
        },
      ],
      toleranceDays: 2,
      version: dialogue.json().version,
    });
    expect(plan.statusCode).toBe(200);
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  afterEach(() => jest.restoreAllMocks());

  it('answers from the documents when no summary is stored, then the same from the summaries it stored', async () => {
    await dataSource.query('DELETE FROM partnership_summary');
    const expected = JSON.stringify(await fromDocuments('angers'));
    expect(await portfolio('angers')).toBe(expected);
    expect(Object.keys(await storedRevisions()).sort()).toEqual([ids.withBamako, ids.withSendai].sort());

    const loadMany = jest.spyOn(repository, 'loadMany');
    expect(await portfolio('angers')).toBe(expected);
    // The partner authority reads its own stored rows.
    expect(await portfolio('bamako')).toBe(JSON.stringify(await fromDocuments('bamako')));
    expect(await portfolio('angers', '/api/portfolio/csv?sort=health')).toBe(
      spreadsheetCsv(
        portfolioSpreadsheet((await fromDocuments('angers', { sort: 'health' })).rows, 'fr'),
        'fr',
      ),
    );
    expect(loadMany).not.toHaveBeenCalled();
  });

  it('sends each reader the text of its own stored row, without decoding the summaries', async () => {
    await portfolio('angers');
    // Marks the stored text of each side's row: only a dashboard that sends it as it is shows the mark.
    await dataSource.query(
      `UPDATE partnership_summary
          SET portfolio_rows = (SELECT jsonb_object_agg(key, replace(value, '"title":"Angers – Bamako"',
                                                        '"title":"Angers – Bamako","mark":"stored"'))
                                  FROM jsonb_each_text(portfolio_rows))
        WHERE partnership_id = $1`,
      [ids.withBamako],
    );
    const loadMany = jest.spyOn(repository, 'loadMany');
    for (const reader of ['angers', 'bamako']) {
      const body = JSON.parse(await portfolio(reader)) as {
        rows: Array<PortfolioRowView & { mark?: string }>;
      };
      const row = body.rows.find((one) => one.id === ids.withBamako);
      expect(row).toMatchObject({ mark: 'stored', yourRole: reader === 'angers' ? 'initiator' : 'partner' });
    }
    expect(loadMany).not.toHaveBeenCalled();
    await dataSource.query('UPDATE partnership_summary SET portfolio_rows = NULL WHERE partnership_id = $1', [
      ids.withBamako,
    ]);
    // A summary without rows (stored before they were kept) is assessed again.
    expect(await portfolio('angers')).toBe(JSON.stringify(await fromDocuments('angers')));
    expect(loadMany).toHaveBeenCalledWith(expect.anything(), [ids.withBamako]);
  });

  it('keeps the filters, sorts and counts of the answer from documents', async () => {
    for (const query of ['?country=ML', '?q=sendai', '?sort=next_due', '?step=COMMITMENT&sort=step']) {
      const parsed = Object.fromEntries(new URLSearchParams(query.slice(1)));
      expect(await portfolio('angers', `/api/portfolio${query}`)).toBe(
        JSON.stringify(await fromDocuments('angers', parsed)),
      );
    }
  });

  it('assesses again on the next day of the reference zone, and then serves the new day from summaries', async () => {
    const before = await portfolio('angers');
    clock.set(new Date(START.getTime() + 2 * DAY));
    const loadMany = jest.spyOn(repository, 'loadMany');
    const after = await portfolio('angers');
    expect(after).toBe(JSON.stringify(await fromDocuments('angers')));
    expect(after).not.toBe(before); // the visit has taken place: no next visit, one visit received
    expect(loadMany).toHaveBeenCalledTimes(1);
    expect(await portfolio('angers')).toBe(after);
    expect(loadMany).toHaveBeenCalledTimes(1);
  });

  it('reads a summary a lifecycle write stored with the new revision, without loading the document', async () => {
    const planned = await clients.angers!.request('POST', `/api/partnerships/${ids.withSendai}/visits`, {
      direction: 'from_partner',
      partnerPartyId: ids.sendai,
      startsOn: dayOf(30),
      endsOn: dayOf(33),
      purpose: 'Délégation de Sendai à Angers',
      agenda: [],
      delegation: [{ name: 'Kenji Sato', partyId: ids.sendai, role: 'elected' }],
      hosts: [],
      travelAdvisory: null,
    });
    expect(planned.statusCode).toBe(201);
    const [{ revision }] = await dataSource.query('SELECT revision FROM partnership WHERE id = $1', [
      ids.withSendai,
    ]);
    expect((await storedRevisions())[ids.withSendai!]).toBe(revision);
    const loadMany = jest.spyOn(repository, 'loadMany');
    const body = await portfolio('angers');
    expect(body).toBe(JSON.stringify(await fromDocuments('angers')));
    expect(body).toContain(dayOf(30));
    expect(loadMany).not.toHaveBeenCalled();
  });

  it('assesses again when an organisation (its name, its zone) or the parties change', async () => {
    const loadMany = jest.spyOn(repository, 'loadMany');
    // A rename bumps the organisation's version: the partnership it belongs to is assessed again.
    await dataSource.query(
      `UPDATE organisation SET name = 'Sendai City', version = version + 1 WHERE id = $1`,
      [ids.sendai],
    );
    expect(await portfolio('angers')).toBe(JSON.stringify(await fromDocuments('angers')));
    expect(loadMany).toHaveBeenLastCalledWith(expect.anything(), [ids.withSendai]);
    // The reference zone moves: Angers' partnerships are assessed in Tokyo's day.
    await dataSource.query(
      `UPDATE organisation SET time_zone = 'Asia/Tokyo', version = version + 1 WHERE id = $1`,
      [ids.angers],
    );
    expect(await portfolio('angers')).toBe(JSON.stringify(await fromDocuments('angers')));
    expect([...(loadMany.mock.lastCall?.[1] ?? [])].sort()).toEqual([ids.withBamako, ids.withSendai].sort());
    // A party joins outside the lifecycle commands (an accepted invitation): no version change.
    await dataSource.query(
      `INSERT INTO partnership_party (partnership_id, organisation_id, role) VALUES ($1, $2, 'partner')`,
      [ids.withBamako, ids.rennes],
    );
    const joined = JSON.parse(await portfolio('angers')) as { rows: PortfolioRowView[] };
    const expected = await fromDocuments('angers');
    const byId = (rows: PortfolioRowView[]) =>
      rows.map((row) => ({ ...row, partners: [...row.partners].sort((a, b) => a.id.localeCompare(b.id)) }));
    expect(byId(joined.rows)).toEqual(byId(expected.rows));
    expect(joined.rows.find((row) => row.id === ids.withBamako)?.partners).toHaveLength(2);
    expect(loadMany).toHaveBeenLastCalledWith(expect.anything(), [ids.withBamako]);
  });

  it('never lets a summary of an older revision replace that of a later write', async () => {
    const [{ revision }] = await dataSource.query('SELECT revision FROM partnership WHERE id = $1', [
      ids.withBamako,
    ]);
    const [loaded] = await repository.loadMany(dataSource.manager, [ids.withBamako!]);
    const stale = {
      partnershipId: ids.withBamako!,
      revision: revision - 1,
      organisationVersions: loaded!.organisationVersions,
      validUntil: new Date(clock.now().getTime() + DAY),
      computedAt: clock.now(),
      assessment: '{"stale":true}',
      portfolioRows: {},
      portfolioFacets: {
        title: 'stale',
        status: 'terminated',
        parties: [],
        currentStep: null,
        healthScore: 0,
        fallingAsleep: false,
        nextDueOn: null,
      },
    };
    await new PartnershipSummaryRepository().store(dataSource.manager, [stale]);
    const [stored] = await dataSource.query(
      'SELECT revision, portfolio_facets->>$2 AS status FROM partnership_summary WHERE partnership_id = $1',
      [ids.withBamako, 'status'],
    );
    expect(stored).toEqual({ revision, status: 'active' });
  });
});
