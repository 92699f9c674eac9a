import { COUNTRY_CODES } from '@passerelle/domain';
import { isISO31661Alpha2 } from 'class-validator';

describe('the country list the web app offers', () => {
  it('holds exactly the codes the API accepts', () => {
    expect(COUNTRY_CODES.every((code) => isISO31661Alpha2(code))).toBe(true);
    // Every two-letter combination the API accepts is offered: none can be typed that the picker lacks.
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const accepted = [...letters].flatMap((first) =>
      [...letters].map((second) => first + second).filter((code) => isISO31661Alpha2(code)),
    );
    expect([...COUNTRY_CODES].sort()).toEqual(accepted);
  });
});
