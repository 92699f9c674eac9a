import { INTERFACE_LANGUAGES } from '../shared/interface-language';
import { dacName } from './dac-names';

const WATER = {
  fr: 'Approvisionnement en eau potable – dispositifs de base',
  en: 'Basic drinking water supply',
};

describe('the language of the DAC names', () => {
  it('gives French and Arabic readers the French names, English, German, Spanish and Portuguese ones the English', () => {
    expect(INTERFACE_LANGUAGES.map((language) => [language, dacName(WATER, language)])).toEqual([
      ['fr', WATER.fr],
      ['en', WATER.en],
      ['de', WATER.en],
      ['es', WATER.en],
      ['pt', WATER.en],
      ['ar', WATER.fr],
    ]);
  });
});
