import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import PDFDocument from 'pdfkit';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../src/audit/audit-event.entity';
import { ProblemException } from '../src/common/problem/problem';
import { FilesService } from '../src/files/files.service';
import { StoredFileEntity } from '../src/files/stored-file.entity';
import { Factory } from './factories/world';
import { TestHttpClient, type MultipartPart } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { createTestFileStorage, type TestFileStorage } from './support/test-file-storage';

const MAX_BYTES = 64 * 1024;
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'),
]);
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 0x90)]);

function councilDecisionPdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({ size: 'A4', info: { Title: 'Délibération', Producer: 'test' } });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    document.text('Le conseil municipal approuve la convention de coopération avec le District de Bamako.');
    document.end();
  });
}

const filePart = (content: Buffer, filename: string, contentType?: string): MultipartPart => ({
  name: 'file',
  filename,
  content,
  ...(contentType ? { contentType } : {}),
});

describe('partnership documents', () => {
  let database: TestDatabase;
  let storage: TestFileStorage;
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let officer: TestHttpClient;
  let viewer: TestHttpClient;
  let partnerOfficer: TestHttpClient;
  let stranger: TestHttpClient;
  let partnershipId: string;
  let otherPartnershipId: string;
  let pdf: Buffer;
  const url = (path = '') => `/api/partnerships/${partnershipId}/files${path}`;

  const rowCount = () => dataSource.getRepository(StoredFileEntity).count();
  const storedNames = async () => (await readdir(storage.dir).catch(() => [] as string[])).sort();

  beforeAll(async () => {
    database = await createTestDatabase();
    storage = await createTestFileStorage();
    app = await startTestApp(
      buildTestConfig(database.url, { FILE_STORAGE_DIR: storage.dir, FILE_MAX_BYTES: String(MAX_BYTES) }),
    );
    dataSource = app.get(DataSource);
    const factory = new Factory(dataSource);
    const angers = await factory.organisation("Ville d'Angers");
    const bamako = await factory.organisation('District de Bamako', 'ML');
    const rennes = await factory.organisation('Ville de Rennes');
    const staff = await factory.staff(angers.id);
    officer = TestHttpClient.withSession(app, await factory.session(staff.officer.id));
    viewer = TestHttpClient.withSession(app, await factory.session(staff.viewer.id));
    partnerOfficer = TestHttpClient.withSession(
      app,
      await factory.session((await factory.user(bamako.id, 'officer')).id),
    );
    stranger = TestHttpClient.withSession(
      app,
      await factory.session((await factory.user(rennes.id, 'admin')).id),
    );
    partnershipId = (await factory.partnership(angers.id, staff.officer.id, [bamako.id])).id;
    otherPartnershipId = (await factory.partnership(angers.id, staff.officer.id, [rennes.id])).id;
    pdf = await councilDecisionPdf();
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
    await storage.remove();
  });

  it('keeps a signed PDF and gives it back byte for byte, as an attachment that is never rendered', async () => {
    const uploaded = await officer.postMultipart(url(), [
      filePart(pdf, 'Délibération signée.pdf', 'application/pdf'),
    ]);
    expect(uploaded.statusCode).toBe(201);
    const view = uploaded.json();
    expect(view).toMatchObject({
      name: 'Délibération signée.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
    expect(new Date(view.uploadedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const downloaded = await officer.request('GET', url(`/${view.id}`));
    expect(downloaded.statusCode).toBe(200);
    expect(downloaded.rawPayload.equals(pdf)).toBe(true);
    expect(downloaded.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(pdf.length),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'content-security-policy': "default-src 'none'",
    });
    expect(downloaded.headers['content-disposition']).toBe(
      `attachment; filename="Deliberation signee.pdf"; filename*=UTF-8''D%C3%A9lib%C3%A9ration%20sign%C3%A9e.pdf`,
    );
  });

  it('stores the bytes under the file’s id only, in a folder and files no other account can read', async () => {
    const view = (await officer.postMultipart(url(), [filePart(pdf, 'convention.pdf')])).json();
    expect(await storedNames()).toContain(view.id);
    expect((await storedNames()).every((name) => /^[0-9a-f-]{36}$/.test(name))).toBe(true);
    expect(await readFile(join(storage.dir, view.id))).toEqual(pdf);
    expect((await stat(storage.dir)).mode & 0o777).toBe(0o700);
    expect((await stat(join(storage.dir, view.id))).mode & 0o077).toBe(0);
  });

  it('records the upload in the audit trail', async () => {
    const view = (await officer.postMultipart(url(), [filePart(PNG, 'photo.png', 'image/png')])).json();
    const event = await dataSource
      .getRepository(AuditEventEntity)
      .findOneByOrFail({ entityType: 'stored_file', entityId: view.id });
    expect(event.action).toBe('file.uploaded');
    expect(event.changes).toMatchObject({
      mediaType: { before: null, after: 'image/png' },
      sha256: { before: null, after: view.sha256 },
    });
  });

  it('lets the partner party download the file, and any reader of the uploading party', async () => {
    const view = (await officer.postMultipart(url(), [filePart(pdf, 'convention.pdf')])).json();
    const byPartner = await partnerOfficer.request('GET', url(`/${view.id}`));
    expect(byPartner.statusCode).toBe(200);
    expect(byPartner.rawPayload.equals(pdf)).toBe(true);
    expect(view.uploadedByOrganisationId).not.toBeUndefined();
    expect((await viewer.request('GET', url(`/${view.id}`))).statusCode).toBe(200);
  });

  it('answers 404 to an organisation that is not a party, and for a file asked under another partnership', async () => {
    const view = (await officer.postMultipart(url(), [filePart(pdf, 'convention.pdf')])).json();
    const byStranger = await stranger.request('GET', url(`/${view.id}`));
    expect([byStranger.statusCode, byStranger.json().code]).toEqual([404, 'RESOURCE.NOT_FOUND']);
    const rowsBefore = await rowCount();
    const uploadByStranger = await stranger.postMultipart(url(), [filePart(pdf, 'intrus.pdf')]);
    expect(uploadByStranger.statusCode).toBe(404);
    expect(await rowCount()).toBe(rowsBefore);
    const elsewhere = await officer.request(
      'GET',
      `/api/partnerships/${otherPartnershipId}/files/${view.id}`,
    );
    expect(elsewhere.statusCode).toBe(404);
    expect((await officer.request('GET', url('/not-a-uuid'))).statusCode).toBe(404);
  });

  it('refuses a file over FILE_MAX_BYTES with 413, leaving nothing on disk and no row', async () => {
    const rowsBefore = await rowCount();
    const namesBefore = await storedNames();
    const oversized = Buffer.concat([pdf, Buffer.alloc(MAX_BYTES + 1 - pdf.length, 0x20)]);
    const response = await officer.postMultipart(url(), [filePart(oversized, 'gros.pdf', 'application/pdf')]);
    expect([response.statusCode, response.json().code]).toEqual([413, 'FILE.TOO_LARGE']);
    expect(await rowCount()).toBe(rowsBefore);
    expect(await storedNames()).toEqual(namesBefore);

    const atTheLimit = Buffer.concat([pdf, Buffer.alloc(MAX_BYTES - pdf.length, 0x20)]);
    expect((await officer.postMultipart(url(), [filePart(atTheLimit, 'juste.pdf')])).statusCode).toBe(201);
  });

  it('refuses an executable renamed report.pdf with 415, whatever type the client declares', async () => {
    const rowsBefore = await rowCount();
    const namesBefore = await storedNames();
    const response = await officer.postMultipart(url(), [filePart(ELF, 'report.pdf', 'application/pdf')]);
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({
      code: 'FILE.TYPE_NOT_ALLOWED',
      sniffedType: 'application/x-elf',
    });
    expect(await rowCount()).toBe(rowsBefore);
    expect(await storedNames()).toEqual(namesBefore);
  });

  it('refuses a PNG named .pdf, or declared as a PDF, with 415 FILE.TYPE_MISMATCH', async () => {
    const namesBefore = await storedNames();
    const misnamed = await officer.postMultipart(url(), [filePart(PNG, 'scan.pdf', 'image/png')]);
    expect(misnamed.statusCode).toBe(415);
    expect(misnamed.json()).toMatchObject({ code: 'FILE.TYPE_MISMATCH', sniffedType: 'image/png' });
    const misdeclared = await officer.postMultipart(url(), [filePart(PNG, 'scan.png', 'application/pdf')]);
    expect([misdeclared.statusCode, misdeclared.json().code]).toEqual([415, 'FILE.TYPE_MISMATCH']);
    expect(await storedNames()).toEqual(namesBefore);
  });

  it('names a file sent without a name or extension after its content', async () => {
    const response = await officer.postMultipart(url(), [filePart(PNG, 'scan')]);
    expect(response.json()).toMatchObject({ name: 'scan.png', mediaType: 'image/png' });
  });

  it('answers 422 FILE.MISSING when no file part is sent, or an empty one', async () => {
    const noFile = await officer.postMultipart(url(), [
      { name: 'comment', content: 'Voici la délibération' },
    ]);
    expect([noFile.statusCode, noFile.json().code]).toEqual([422, 'FILE.MISSING']);
    const wrongPart = await officer.postMultipart(url(), [
      { name: 'document', filename: 'convention.pdf', content: pdf },
    ]);
    expect([wrongPart.statusCode, wrongPart.json().code]).toEqual([422, 'FILE.MISSING']);
    const empty = await officer.postMultipart(url(), [filePart(Buffer.alloc(0), 'vide.pdf')]);
    expect([empty.statusCode, empty.json().code]).toEqual([422, 'FILE.MISSING']);
    const json = await officer.request('POST', url(), { file: 'JVBERi0xLjQK' });
    expect([json.statusCode, json.json().code]).toEqual([422, 'FILE.MISSING']);
  });

  it('needs the CSRF token, and the right to write partnership records', async () => {
    const noToken = await officer.postMultipart(url(), [filePart(pdf, 'convention.pdf')], { csrf: null });
    expect([noToken.statusCode, noToken.json().code]).toEqual([403, 'AUTH.CSRF_INVALID']);
    const byViewer = await viewer.postMultipart(url(), [filePart(pdf, 'convention.pdf')]);
    expect([byViewer.statusCode, byViewer.json().code]).toEqual([403, 'AUTH.FORBIDDEN']);
  });

  it('still refuses multipart bodies on routes that take JSON', async () => {
    const response = await officer.postMultipart(`/api/partnerships/${partnershipId}/internal-notes`, [
      { name: 'body', content: 'Note' },
    ]);
    expect([response.statusCode, response.json().code]).toEqual([415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE']);
  });

  describe('attaching stored files to other records', () => {
    let files: FilesService;
    let pdfId: string;
    let pngId: string;

    beforeAll(async () => {
      files = app.get(FilesService);
      pdfId = (await officer.postMultipart(url(), [filePart(pdf, 'convention.pdf')])).json().id;
      pngId = (await officer.postMultipart(url(), [filePart(PNG, 'photo.png')])).json().id;
    });

    const refusal = async (attempt: Promise<unknown>) => {
      const error = await attempt.then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ProblemException);
      return [(error as ProblemException).code, (error as ProblemException).status];
    };

    it('gives the file of the partnership, with the type asked for', async () => {
      const view = await dataSource.transaction((manager) =>
        files.requireAttachable(manager, partnershipId, pdfId, { mediaTypes: ['application/pdf'] }),
      );
      expect(view).toMatchObject({ id: pdfId, name: 'convention.pdf', mediaType: 'application/pdf' });
    });

    it('refuses a file of another partnership, an unknown file and a file of another type with 422', async () => {
      const attach = (partnership: string, fileId: string, mediaTypes?: string[]) =>
        dataSource.transaction((manager) =>
          files.requireAttachable(manager, partnership, fileId, mediaTypes ? { mediaTypes } : {}),
        );
      expect(await refusal(attach(otherPartnershipId, pdfId))).toEqual(['FILE.NOT_ATTACHABLE', 422]);
      expect(await refusal(attach(partnershipId, '00000000-0000-4000-8000-000000000000'))).toEqual([
        'FILE.NOT_ATTACHABLE',
        422,
      ]);
      expect(await refusal(attach(partnershipId, 'not-a-uuid'))).toEqual(['FILE.NOT_ATTACHABLE', 422]);
      expect(await refusal(attach(partnershipId, pngId, ['application/pdf']))).toEqual([
        'FILE.NOT_ATTACHABLE',
        422,
      ]);
    });

    it('describes stored files by id, leaving unknown ids out', async () => {
      const views = await files.describe(dataSource.manager, [
        pdfId,
        pngId,
        '00000000-0000-4000-8000-000000000000',
        'junk',
      ]);
      expect([...views.keys()].sort()).toEqual([pdfId, pngId].sort());
      expect(views.get(pngId)).toMatchObject({ mediaType: 'image/png', name: 'photo.png' });
    });
  });
});
