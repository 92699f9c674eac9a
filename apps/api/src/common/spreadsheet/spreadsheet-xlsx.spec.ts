import { Workbook } from 'exceljs';
import { SAMPLE_TABLE } from './spreadsheet-fixture';
import { spreadsheetFile } from './spreadsheet-file';
import { spreadsheetXlsx } from './spreadsheet-xlsx';

async function readBack(bytes: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  // exceljs types `load` with its own Buffer interface, which Node's Buffer satisfies at run time.
  await workbook.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  return workbook;
}

describe('spreadsheetXlsx', () => {
  it('writes one sheet whose cells read back with their types: texts, numbers and dates', async () => {
    const workbook = await readBack(await spreadsheetXlsx(SAMPLE_TABLE, 'fr'));

    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Portefeuille  été 2026');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Intitulé', 'Étape', 'Part', 'Moyenne', 'Échéance']);
    expect(sheet.getCell('A2').value).toBe('Dakar ; Ségou, "eau"');
    expect(sheet.getCell('B2').value).toBe(3);
    expect(sheet.getCell('C2').value).toBe(0.25);
    expect(sheet.getCell('C2').numFmt).toBe('0%');
    expect(sheet.getCell('D2').value).toBe(1.5);
    expect(sheet.getCell('E2').value).toEqual(new Date('2026-12-06T00:00:00Z'));
    expect(sheet.getCell('E2').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('E3').value).toBeNull();
    expect(sheet.rowCount).toBe(3);
  });

  it('keeps a text that looks like a formula as a text', async () => {
    const sheet = (await readBack(await spreadsheetXlsx(SAMPLE_TABLE, 'en'))).worksheets[0]!;

    expect(sheet.getCell('A3').value).toBe('=HYPERLINK("http://x")');
    expect(sheet.getCell('A3').formula).toBeUndefined();
  });

  it('freezes and filters the header row, in bold', async () => {
    const sheet = (await readBack(await spreadsheetXlsx(SAMPLE_TABLE, 'en'))).worksheets[0]!;

    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeDefined();
    expect(sheet.getCell('E2').numFmt).toBe('yyyy-mm-dd');
  });
});

describe('spreadsheetFile', () => {
  it('names the file and its media type by format', async () => {
    const xlsx = await spreadsheetFile(SAMPLE_TABLE, 'xlsx', 'fr', 'portefeuille');
    const csv = await spreadsheetFile(SAMPLE_TABLE, 'csv', 'fr', 'portefeuille');

    expect(xlsx.fileName).toBe('portefeuille.xlsx');
    expect(xlsx.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    // An XLSX file is a ZIP archive.
    expect(xlsx.body.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    expect(csv.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
