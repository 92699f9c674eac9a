import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { readPdf } from '../src/common/pdf/pdf-reading.test-helpers';
import { loadDemoData } from '../src/demo/load-demo-data';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

interface AtlasBody {
  authority: { name: string; contacts: { elected: { name: string | null } } };
  missingContacts: string[];
  projects: Array<{
    title: string;
    partnerName: string;
    partnerCountry: string;
    conventionState: string | null;
  }>;
}
interface DossierBody {
  authority: { name: string };
  partnerships: Array<{
    name: string;
    motivations: Array<{ text: string; own: boolean }>;
    councilDecisions: Array<{ reference: string }>;
    convention: { state: string; expiresOn: string | null; renewalObjectionBy: string | null } | null;
    nextExchanges: unknown[];
    contacts: Array<{ own: boolean; name: string }>;
    funding: unknown[];
    grants: Array<{
      funderName: string;
      callName: string;
      applicantName: string;
      own: boolean;
      status: string;
      submitBy: string | null;
      grantedAmount: number | null;
      conditions: string;
      tranches: Array<{ label: string; expectedOn: string; receivedOn: string | null; late: boolean }>;
      reports: Array<{ kind: string; dueOn: string; submittedOn: string | null; overdue: boolean }>;
    }>;
    health: { score: number; components: unknown[] };
  }>;
}

const ARABIC_NAME = 'جماعة تطوان';
const PRIVATE_MOTIVATION = 'Rayonner auprès des bailleurs européens (note interne)';

describe('the atlas sheet and the handover dossier', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let factory: Factory;
  let angers: TestHttpClient;
  let bamako: TestHttpClient;
  let rennes: TestHttpClient;
  let contributor: TestHttpClient;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url));
    dataSource = app.get(DataSource);
    factory = new Factory(dataSource);
    await loadDemoData(dataSource);
    // A partner authority named in its own script: the PDF must print it, not blank boxes.
    await dataSource.query(`UPDATE organisation SET name = $1 WHERE name = 'Commune de Tétouan'`, [
      ARABIC_NAME,
    ]);
    const userId = async (email: string) =>
      (
        (await dataSource.query('SELECT id FROM app_user WHERE email = $1', [email])) as Array<{ id: string }>
      )[0]!.id;
    const client = async (email: string) =>
      TestHttpClient.withSession(app, await factory.session(await userId(email)));
    angers = await client('officer@angers.test');
    bamako = await client('officer@bamako.test');
    rennes = await client('officer@rennes.test');
    const [angersOrganisation] = (await dataSource.query(`SELECT id FROM organisation WHERE name = $1`, [
      "Ville d'Angers",
    ])) as Array<{ id: string }>;
    contributor = TestHttpClient.withSession(
      app,
      await factory.session((await factory.user(angersOrganisation!.id, 'contributor')).id),
    );
    // Angers keeps a motivation to itself in its partnership with Bamako.
    const [withBamako] = (await dataSource.query(
      `SELECT id FROM partnership WHERE title = 'Angers – Bamako : eau, assainissement et jeunesse'`,
    )) as Array<{ id: string }>;
    const stated = await angers.request('POST', `/api/partnerships/${withBamako!.id}/motivations`, {
      category: 'institutional',
      frameOfReference: 'pro_domo',
      text: PRIVATE_MOTIVATION,
    });
    expect(stated.statusCode).toBe(201);
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  describe('the atlas sheet', () => {
    it('gives the authority’s contacts and a project sheet per partner authority', async () => {
      const response = await angers.request('GET', '/api/atlas-sheet');
      expect(response.statusCode).toBe(200);
      const body: AtlasBody = response.json();
      expect(body.authority.name).toBe("Ville d'Angers");
      expect(body.authority.contacts.elected.name).toBe('Hélène Marchais');
      expect(body.missingContacts).toEqual([]);
      const partners = body.projects.map((project) => project.partnerCountry).sort();
      expect(partners).toEqual(expect.arrayContaining(['BF', 'MA', 'ML', 'TN']));
      expect(body.projects.find((project) => project.partnerCountry === 'TN')?.conventionState).toBe(
        'in_force',
      );
    });

    it('writes both parts in an XLSX workbook, cell by cell in the reader’s language', async () => {
      const response = await angers.request('GET', '/api/atlas-sheet/export?format=xlsx&language=fr');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="atlas-cooperation-decentralisee.xlsx"',
      );
      const workbook = new Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const contacts = workbook.getWorksheet('Contacts')!;
      expect(contacts.getRow(1).values).toEqual([
        undefined,
        'Collectivité',
        'Type',
        'Pays',
        'Population',
        'Fonction',
        'Nom',
        'Titre',
        'Courriel',
        'Téléphone',
      ]);
      expect(contacts.getRow(2).values).toEqual([
        undefined,
        "Ville d'Angers",
        'Commune',
        'France',
        157_175,
        'Élu·e en charge des relations internationales',
        'Hélène Marchais',
        'Adjointe aux relations internationales',
        'h.marchais@angers.test',
        '+33 2 41 00 00 00',
      ]);
      expect(contacts.getRow(3).getCell(6).value).toBe('Jérôme Lebœuf');

      const projects = workbook.getWorksheet('Fiches projets')!;
      const header = projects.getRow(1).values as unknown[];
      expect(header.slice(1, 4)).toEqual(['Intitulé de la coopération', 'Forme', 'Statut']);
      const kairouan = findRow(projects, 'Municipalité de Kairouan');
      expect(kairouan.getCell(1).value).toBe('Angers – Kairouan : patrimoine et jeunesse');
      expect(kairouan.getCell(2).value).toBe('Coopération décentralisée');
      expect(kairouan.getCell(6).value).toBe('Tunisie');
      expect(kairouan.getCell(7).value).toBe('TN');
      expect(kairouan.getCell(9).value).toBe('En vigueur');
      expect(kairouan.getCell(10).value).toBeInstanceOf(Date);
      expect(kairouan.getCell(10).numFmt).toBe('dd/mm/yyyy');
      expect(String(kairouan.getCell(13).value)).toContain('Patrimoine');
      expect(findRow(projects, ARABIC_NAME).getCell(7).value).toBe('MA');
    });

    it('writes one part a CSV, in English conventions when asked', async () => {
      const response = await angers.request(
        'GET',
        '/api/atlas-sheet/export?format=csv&part=contacts&language=en',
      );
      expect(response.statusCode).toBe(200);
      const [header, elected] = response.body.replace(/^\uFEFF/, '').split('\r\n');
      expect(header).toBe('Authority,Kind,Country,Population,Capacity,Name,Title,Email,Phone');
      expect(elected).toBe(
        "Ville d'Angers,Municipality,France,157175,Elected official in charge of international relations,Hélène Marchais,Adjointe aux relations internationales,h.marchais@angers.test,'+33 2 41 00 00 00",
      );
      const projects = await angers.request('GET', '/api/atlas-sheet/export?format=csv&language=fr');
      expect(projects.body.split('\r\n')[0]).toMatch(/^\uFEFFIntitulé de la coopération;Forme;/);
    });

    it('gives a partner authority abroad its own sheet only, never its partner’s', async () => {
      const body: AtlasBody = (await bamako.request('GET', '/api/atlas-sheet')).json();
      expect(body.authority.name).toBe('District de Bamako');
      expect(body.projects.length).toBeGreaterThan(0);
      expect(new Set(body.projects.map((project) => project.partnerName))).toEqual(
        new Set(["Ville d'Angers"]),
      );
      const csv = (await bamako.request('GET', '/api/atlas-sheet/export?format=csv&part=contacts')).body;
      expect(csv).not.toContain('Hélène Marchais');
      const other: AtlasBody = (await rennes.request('GET', '/api/atlas-sheet')).json();
      expect(other.projects.every((project) => !project.title.startsWith('Angers'))).toBe(true);
      expect(other.missingContacts).toContain('elected.name');
    });

    it('is refused to a contributor and to a visitor without a session', async () => {
      expect((await contributor.request('GET', '/api/atlas-sheet')).statusCode).toBe(403);
      expect((await contributor.request('GET', '/api/handover-dossier')).statusCode).toBe(403);
      const anonymous = TestHttpClient.withSession(app, undefined);
      expect((await anonymous.request('GET', '/api/atlas-sheet/export?format=csv')).statusCode).toBe(401);
      expect((await anonymous.request('GET', '/api/handover-dossier/pdf')).statusCode).toBe(401);
    });
  });

  describe('the handover dossier', () => {
    it('describes every partnership: motivations, decisions, convention deadlines, exchanges, contacts, funding, health', async () => {
      const response = await angers.request('GET', '/api/handover-dossier');
      expect(response.statusCode).toBe(200);
      const body: DossierBody = response.json();
      expect(body.partnerships.map((partnership) => partnership.name)).toEqual(
        expect.arrayContaining([
          'Angers – Bamako : eau, assainissement et jeunesse',
          'Angers – Kairouan : patrimoine et jeunesse',
        ]),
      );
      const kairouan = body.partnerships.find((partnership) => partnership.name.includes('Kairouan'))!;
      expect(kairouan.convention?.state).toBe('in_force');
      expect(kairouan.convention?.expiresOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(kairouan.councilDecisions.length).toBeGreaterThanOrEqual(2);
      expect(kairouan.nextExchanges).toHaveLength(3);
      expect(kairouan.funding.length).toBeGreaterThan(0);
      expect(kairouan.health.components.length).toBeGreaterThan(0);
      expect(kairouan.contacts.some((contact) => !contact.own && contact.name === 'Karim Ben Salah')).toBe(
        true,
      );
      const bamakoPartnership = body.partnerships.find(
        (partnership) => partnership.name === 'Angers – Bamako : eau, assainissement et jeunesse',
      )!;
      expect(bamakoPartnership.motivations.map((motivation) => motivation.text)).toContain(
        PRIVATE_MOTIVATION,
      );
    });

    it('lists what each funder expects from the recorded grants: conditions, tranches, reports due and sent', async () => {
      const kairouanOf = async (client: TestHttpClient) =>
        ((await client.request('GET', '/api/handover-dossier')).json() as DossierBody).partnerships.find(
          (partnership) => partnership.name === 'Angers – Kairouan : patrimoine et jeunesse',
        )!;
      const [interim] = (await dataSource.query(
        `SELECT report.id, report.application_id, application.partnership_id,
                to_char(report.due_on, 'YYYY-MM-DD') AS due_on
           FROM funding_report report JOIN funding_application application ON application.id = report.application_id
          WHERE report.kind = 'interim'`,
      )) as Array<{ id: string; application_id: string; partnership_id: string; due_on: string }>;
      const before = await kairouanOf(angers);
      // The EU's grant and the ministry's draft; the region's refusal asks nothing any more.
      expect(before.grants.map((grant) => [grant.funderName, grant.status, grant.own])).toEqual([
        ['Programme de coopération transfrontalière', 'granted', true],
        ['MEAE — Délégation pour l’action extérieure des collectivités territoriales', 'draft', true],
      ]);
      const [europe, ministry] = before.grants;
      expect(europe).toMatchObject({ grantedAmount: 42_000, submitBy: null });
      expect(europe!.conditions).toContain('Rapport intermédiaire technique et financier');
      expect(europe!.tranches.map((tranche) => [tranche.label, tranche.receivedOn !== null])).toEqual([
        ['Préfinancement (60 %)', true],
        ['Solde', false],
      ]);
      expect(europe!.reports.map((report) => [report.kind, report.dueOn, report.submittedOn])).toEqual([
        ['interim', interim!.due_on, null],
        ['final', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), null],
      ]);
      expect(ministry!.submitBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      const sentOn = new Date().toISOString().slice(0, 10);
      const sent = await angers.request(
        'PUT',
        `/api/partnerships/${interim!.partnership_id}/funding-applications/${interim!.application_id}/reports/${interim!.id}/submission`,
        { version: 1, on: sentOn },
      );
      expect(sent.statusCode).toBe(200);
      const after = await kairouanOf(angers);
      expect(after.grants[0]!.reports[0]).toMatchObject({
        kind: 'interim',
        submittedOn: sentOn,
        overdue: false,
      });
      // The partner reads Angers' grant as Angers' obligations, not its own.
      const [kairouanOrganisation] = (await dataSource.query(
        `SELECT id FROM organisation WHERE name = 'Municipalité de Kairouan'`,
      )) as Array<{ id: string }>;
      const kairouanOfficer = TestHttpClient.withSession(
        app,
        await factory.session((await factory.user(kairouanOrganisation!.id, 'officer')).id),
      );
      const seenByKairouan = await kairouanOf(kairouanOfficer);
      expect(seenByKairouan.grants[0]).toMatchObject({ own: false, applicantName: "Ville d'Angers" });

      const pdf = await angers.request('GET', '/api/handover-dossier/pdf?language=fr');
      const text = readPdf(pdf.rawPayload).text.replace(/\s+/g, ' ');
      expect(text).toContain('Obligations envers les financeurs');
      expect(text).toContain(
        'Programme de coopération transfrontalière, « Autorités locales — patrimoine et emploi des jeunes »',
      );
      expect(text).toContain('Conditions : Rapport intermédiaire technique et financier');
      expect(text).toMatch(/Tranche « Préfinancement \(60 %\) » : 25 200,00 € attendue le .+? — reçue le /);
      expect(text).toMatch(/Tranche « Solde » : 16 800,00 € attendue le .+? — pas encore reçue/);
      expect(text).toMatch(/Rapport intermédiaire dû le .+? — envoyé le /);
      expect(text).toMatch(/Rapport final dû le .+? — pas encore envoyé/);
      expect(text).toContain('à déposer au plus tard le');
      expect(text).not.toContain('Solidarité internationale — appel annuel');
    });

    it('never shows a partner authority what its partner kept to itself', async () => {
      const body: DossierBody = (await bamako.request('GET', '/api/handover-dossier')).json();
      expect(body.authority.name).toBe('District de Bamako');
      const names = body.partnerships.map((partnership) => partnership.name);
      expect(names).toContain('Angers – Bamako : eau, assainissement et jeunesse');
      expect(names.every((name) => name.startsWith('Angers – Bamako'))).toBe(true);
      expect(JSON.stringify(body)).not.toContain(PRIVATE_MOTIVATION);
      const pdf = (await bamako.request('GET', '/api/handover-dossier/pdf?language=fr')).rawPayload;
      expect(readPdf(pdf).text).not.toContain('Rayonner auprès');
    });

    it('prints the dossier in French with its accents and the partner’s Arabic name', async () => {
      const response = await angers.request('GET', '/api/handover-dossier/pdf?language=fr');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe('attachment; filename="dossier-de-passation.pdf"');
      const text = readPdf(response.rawPayload).text.replace(/\s+/g, ' ');
      expect(text).toContain('DOSSIER DE PASSATION');
      expect(text).toContain('Hélène Marchais');
      expect(text).toContain('Jérôme Lebœuf');
      expect(text).toContain('Délibérations');
      expect(text).toContain('Préavis de résiliation');
      expect(text).toContain('Angers – Kairouan : patrimoine et jeunesse');
      const words = text.replace(/[\u202A-\u202E]/g, '').split(' ');
      expect(words).toEqual(expect.arrayContaining(['جماعة', 'تطوان', 'محمد']));
    });

    it('prints it in English when asked', async () => {
      const response = await angers.request('GET', '/api/handover-dossier/pdf?language=en');
      expect(response.headers['content-disposition']).toBe('attachment; filename="handover-dossier.pdf"');
      const text = readPdf(response.rawPayload).text.replace(/\s+/g, ' ');
      expect(text).toContain('HANDOVER DOSSIER');
      expect(text).toContain('Council decisions');
      expect(text).toContain('Termination notice');
    });

    it('prints it in German and in Spanish, with the names and the dates of each language', async () => {
      const german = await angers.request('GET', '/api/handover-dossier/pdf?language=de');
      expect(german.headers['content-disposition']).toBe('attachment; filename="uebergabedossier.pdf"');
      const germanText = readPdf(german.rawPayload).text.replace(/\s+/g, ' ');
      expect(germanText).toContain('ÜBERGABEDOSSIER');
      expect(germanText).toContain('Ratsbeschlüsse');
      expect(germanText).toContain('Kündigungsfrist');
      const spanish = await angers.request('GET', '/api/handover-dossier/pdf?language=es');
      expect(spanish.headers['content-disposition']).toBe('attachment; filename="dossier-de-traspaso.pdf"');
      const spanishText = readPdf(spanish.rawPayload).text.replace(/\s+/g, ' ');
      expect(spanishText).toContain('DOSSIER DE TRASPASO');
      expect(spanishText).toContain('Acuerdos del pleno');
      expect(spanishText).toContain('Preaviso de resolución');
    });

    it('names the atlas sheet’s files and headers in German', async () => {
      const response = await angers.request(
        'GET',
        '/api/atlas-sheet/export?format=csv&part=projects&language=de',
      );
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toContain(
        'atlas-dezentrale-zusammenarbeit-projektblaetter',
      );
      expect(response.body).toContain('Partnerkommune');
    });

    it('writes the dossier and the atlas sheet in the account’s language when none is asked', async () => {
      const setLanguage = (language: string) =>
        dataSource.query(`UPDATE app_user SET preferred_language = $1 WHERE email = 'officer@angers.test'`, [
          language,
        ]);
      await setLanguage('de');
      try {
        const pdf = await angers.request('GET', '/api/handover-dossier/pdf');
        expect(pdf.headers['content-disposition']).toBe('attachment; filename="uebergabedossier.pdf"');
        expect(readPdf(pdf.rawPayload).text.replace(/\s+/g, ' ')).toContain('ÜBERGABEDOSSIER');
        const sheet = await angers.request('GET', '/api/atlas-sheet/export?format=csv&part=projects');
        expect(sheet.headers['content-disposition']).toContain(
          'atlas-dezentrale-zusammenarbeit-projektblaetter',
        );
        expect(sheet.body).toContain('Partnerkommune');
      } finally {
        await setLanguage('fr');
      }
    });

    it('prints it in Portuguese and in Arabic, the partners keeping their names', async () => {
      const portuguese = await angers.request('GET', '/api/handover-dossier/pdf?language=pt');
      expect(portuguese.headers['content-disposition']).toBe(
        'attachment; filename="dossie-de-passagem-de-pasta.pdf"',
      );
      const pt = readPdf(portuguese.rawPayload).text.replace(/\s+/g, ' ');
      expect(pt).toContain('DOSSIÊ DE PASSAGEM DE PASTA');
      expect(pt).toContain('Deliberações');
      expect(pt).toContain('Pré-aviso de rescisão');
      expect(pt).toContain('Angers – Kairouan : patrimoine et jeunesse');

      const arabic = await angers.request('GET', '/api/handover-dossier/pdf?language=ar');
      expect(arabic.headers['content-disposition']).toBe('attachment; filename="handover-dossier.pdf"');
      const ar = readPdf(arabic.rawPayload).text.replace(/\s+/g, ' ');
      const words = ar.replace(/[\u202A-\u202E]/g, '').split(' ');
      // Words without the lam-alef ligature, which pdftotext gives back as its two letters reversed.
      expect(words).toEqual(expect.arrayContaining(['ملف', 'تسليم', 'المهام', 'الدوافع', 'تطوان']));
      expect(ar).toContain('Kairouan');
    });
  });
});

function findRow(sheet: import('exceljs').Worksheet, partnerName: string): import('exceljs').Row {
  for (let index = 2; index <= sheet.rowCount; index++) {
    const row = sheet.getRow(index);
    if (row.getCell(4).value === partnerName) return row;
  }
  throw new Error(`No project sheet with ${partnerName}`);
}
