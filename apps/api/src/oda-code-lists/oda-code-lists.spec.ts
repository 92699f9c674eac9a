import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OdaCodeLists } from './oda-code-lists';

interface ShippedSectors {
  sources: Array<{ repository: string; path: string; commit: string; retrievedOn: string }>;
  frenchMissing: string[];
  categories: Array<{ code: string; name: { en: string; fr: string } }>;
  codes: Array<{ code: string; category: string; name: { en: string; fr: string } }>;
}

const shipped = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'data', 'oda', 'dac-sectors.json'), 'utf8'),
) as ShippedSectors;

describe('the shipped DAC sector list', () => {
  const codeLists = new OdaCodeLists();

  it('is the complete list of active five-digit purpose codes, each once, each in a shipped category', () => {
    const codes = codeLists.sectors.map((sector) => sector.code);
    // The OECD list has had between 280 and 320 active purpose codes for years; a selection would be far fewer.
    expect(codes.length).toBeGreaterThan(280);
    expect(codes.length).toBeLessThan(350);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^\d{5}$/);
    const categories = new Set(shipped.categories.map((category) => category.code));
    for (const sector of codeLists.sectors)
      expect([sector.code, categories.has(sector.category)]).toEqual([sector.code, true]);
    // Withdrawn codes stay out: 15120 (public sector financial management) was replaced by 15111.
    expect(codeLists.sectorCodes.has('15120')).toBe(false);
    expect(codeLists.sectorCodes.has('15111')).toBe(true);
  });

  it('names the codes decentralised cooperation uses most in French and English', () => {
    const names = (code: string) => ({
      fr: codeLists.sectorName(code, 'fr'),
      en: codeLists.sectorName(code, 'en'),
    });
    expect(names('11110')).toEqual({
      fr: 'Politique de l’éducation et gestion administrative',
      en: 'Education policy and administrative management',
    });
    expect(names('12220')).toEqual({ fr: 'Soins et services de santé de base', en: 'Basic health care' });
    expect(names('14030')).toEqual({
      fr: 'Approvisionnement en eau potable et assainissement - dispositifs de base',
      en: 'Basic drinking water supply and basic sanitation',
    });
    expect(names('15150')).toEqual({
      fr: 'Participation démocratique et société civile',
      en: 'Democratic participation and civil society',
    });
    expect(names('43010')).toEqual({ fr: 'Aide plurisectorielle', en: 'Multisector aid' });
    // Arabic readers get the French name, German ones the English name.
    expect(codeLists.sectorName('15185', 'ar')).toBe('Administration publique locale');
    expect(codeLists.sectorName('15185', 'de')).toBe('Local government administration');
  });

  it('gives every code a French name, the English one only where the file says the source has none', () => {
    for (const sector of codeLists.sectors) {
      expect(sector.name.en).not.toBe('');
      expect(sector.name.fr).not.toBe('');
    }
    const missing = new Set(shipped.frenchMissing);
    for (const sector of codeLists.sectors.filter((candidate) => missing.has(candidate.code))) {
      expect(sector.name.fr).toBe(sector.name.en);
    }
  });

  it('says which file of which repository, at which commit, it was read from', () => {
    expect(shipped.sources.map((source) => source.path)).toEqual([
      'xml/Sector.xml',
      'xml/SectorCategory.xml',
    ]);
    for (const source of shipped.sources) {
      expect(source.repository).toBe('IATI/IATI-Codelists-NonEmbedded');
      expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(source.retrievedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(codeLists.versions.sectors).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
