import { CRITERION_IDS, HEALTH_COMPONENT_IDS, STEP_IDS, WARNING_IDS } from '../assessment/catalogue';
import { ERROR_CODES } from '../shared/domain-error';
import { EN_MESSAGES } from './en';
import { FR_MESSAGES } from './fr';
import { DE_MESSAGES } from './de';
import { ES_MESSAGES } from './es';
import { PT_MESSAGES } from './pt';
import { AR_MESSAGES } from './ar';

describe('default messages', () => {
  const languages = {
    en: EN_MESSAGES,
    fr: FR_MESSAGES,
    de: DE_MESSAGES,
    es: ES_MESSAGES,
    pt: PT_MESSAGES,
    ar: AR_MESSAGES,
  };

  it.each(Object.entries(languages))(
    'gives a non-empty %s text for every criterion, warning, error, step and health component',
    (_lang, messages) => {
      const texts: Record<string, string> = messages;
      const keys = [
        ...STEP_IDS.map((id) => `steps.${id}`),
        ...CRITERION_IDS.flatMap((id) => [`criteria.${id}`, `criteriaWhy.${id}`]),
        ...WARNING_IDS.flatMap((id) => [`warnings.${id}`, `warningsWhy.${id}`]),
        ...ERROR_CODES.map((code) => `errors.${code}`),
        ...HEALTH_COMPONENT_IDS.map((id) => `health.${id}`),
      ];
      for (const key of keys) expect(texts[key]?.trim()).toBeTruthy();
    },
  );

  it('has exactly the same keys in French and English', () => {
    expect(Object.keys(FR_MESSAGES).sort()).toEqual(Object.keys(EN_MESSAGES).sort());
  });

  it('is actually translated (French texts differ from English ones)', () => {
    const en: Record<string, string> = EN_MESSAGES;
    const fr: Record<string, string> = FR_MESSAGES;
    const same = Object.keys(en).filter((key) => en[key] === fr[key]);
    expect(same).toEqual([]);
  });

  it('uses the glossary vocabulary in French', () => {
    expect(FR_MESSAGES['steps.COMMITMENT']).toContain('volonté d’engagement');
    expect(FR_MESSAGES['criteria.COMMITMENT.TERRITORY_ACTORS_ASSOCIATED']).toContain('acteurs du territoire');
    expect(FR_MESSAGES['criteria.CONVENTION.SIGNED']).toContain('convention de coopération');
  });
});
