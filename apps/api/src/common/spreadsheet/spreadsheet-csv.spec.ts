import { interfaceLanguageOf } from '@passerelle/domain';
import { spreadsheetCsv } from './spreadsheet-csv';
import { SAMPLE_TABLE } from './spreadsheet-fixture';

describe('spreadsheetCsv', () => {
  it('writes French with semicolons, decimal commas, day-first dates and a byte order mark', () => {
    const csv = spreadsheetCsv(SAMPLE_TABLE, 'fr');

    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Intitulé;Étape;Part;Moyenne;Échéance',
      '"Dakar ; Ségou, ""eau""";3;0,25;1,5;06/12/2026',
      `"'=HYPERLINK(""http://x"")";0;1;2;`,
      '',
    ]);
  });

  it('writes English with commas, decimal points and ISO dates', () => {
    const csv = spreadsheetCsv(SAMPLE_TABLE, 'en');

    expect(csv.slice(1).split('\r\n').slice(0, 3)).toEqual([
      'Intitulé,Étape,Part,Moyenne,Échéance',
      '"Dakar ; Ségou, ""eau""",3,0.25,1.5,2026-12-06',
      `"'=HYPERLINK(""http://x"")",0,1,2,`,
    ]);
  });

  it('writes German with semicolons, decimal commas and dotted day-first dates, Spanish with slashes', () => {
    expect(spreadsheetCsv(SAMPLE_TABLE, 'de').slice(1).split('\r\n')[1]).toBe(
      '"Dakar ; Ségou, ""eau""";3;0,25;1,5;06.12.2026',
    );
    expect(spreadsheetCsv(SAMPLE_TABLE, 'es').slice(1).split('\r\n')[1]).toBe(
      '"Dakar ; Ségou, ""eau""";3;0,25;1,5;06/12/2026',
    );
  });

  it('writes Portuguese and Arabic as France does: semicolons, decimal commas, day-first dates', () => {
    for (const language of ['pt', 'ar'] as const) {
      expect(spreadsheetCsv(SAMPLE_TABLE, language).slice(1).split('\r\n')[1]).toBe(
        '"Dakar ; Ségou, ""eau""";3;0,25;1,5;06/12/2026',
      );
    }
  });

  it('keeps three decimals at most and never a thousands separator', () => {
    const table = {
      ...SAMPLE_TABLE,
      columns: [{ header: 'n', kind: 'decimal' as const }],
      rows: [[12345.67891]],
    };

    expect(spreadsheetCsv(table, 'fr').split('\r\n')[1]).toBe('12345,679');
  });
});

describe('interfaceLanguageOf', () => {
  it('reads the primary language and falls back to French', () => {
    expect(interfaceLanguageOf('en-GB')).toBe('en');
    expect(interfaceLanguageOf('FR')).toBe('fr');
    expect(interfaceLanguageOf('de')).toBe('de');
    expect(interfaceLanguageOf('it')).toBe('fr');
    expect(interfaceLanguageOf(null)).toBe('fr');
  });
});
