import { BAMAKO, LYON, organisation } from '../testing/fixtures.test-helpers';
import { channelsUsableByAll, isChannelUsable, validateOrganisation } from './organisation';

function codeOf(result: ReturnType<typeof validateOrganisation>): string | null {
  return result.ok ? null : result.error.code;
}

describe('organisation', () => {
  it('accepts a well-formed local authority', () => {
    expect(validateOrganisation(LYON).ok).toBe(true);
    expect(validateOrganisation(organisation('x', { languages: ['bm-ML', 'zh-Hant-TW'] })).ok).toBe(true);
  });

  it('requires an ISO 3166-1 alpha-2 country', () => {
    expect(codeOf(validateOrganisation(organisation('x', { country: 'France' })))).toBe(
      'ORGANISATION.INVALID_COUNTRY',
    );
    expect(codeOf(validateOrganisation(organisation('x', { country: 'fr' })))).toBe(
      'ORGANISATION.INVALID_COUNTRY',
    );
  });

  it('requires a non-negative whole population', () => {
    expect(codeOf(validateOrganisation(organisation('x', { population: -1 })))).toBe(
      'ORGANISATION.INVALID_POPULATION',
    );
    expect(codeOf(validateOrganisation(organisation('x', { population: 1.5 })))).toBe(
      'ORGANISATION.INVALID_POPULATION',
    );
  });

  it('requires at least one BCP 47 language tag', () => {
    expect(codeOf(validateOrganisation(organisation('x', { languages: [] })))).toBe(
      'ORGANISATION.INVALID_LANGUAGE',
    );
    expect(codeOf(validateOrganisation(organisation('x', { languages: ['french!'] })))).toBe(
      'ORGANISATION.INVALID_LANGUAGE',
    );
  });

  it('requires an IANA time zone', () => {
    expect(codeOf(validateOrganisation(organisation('x', { timeZone: 'Paris' })))).toBe(
      'ORGANISATION.INVALID_TIME_ZONE',
    );
  });

  it('requires a name', () => {
    expect(codeOf(validateOrganisation(organisation('x', { name: '  ' })))).toBe('RECORD.TEXT_REQUIRED');
  });

  it('judges channels against the place constraints: video needs good internet, phone needs a working phone', () => {
    expect(isChannelUsable('video_call', BAMAKO.communication)).toBe(false);
    expect(isChannelUsable('email', BAMAKO.communication)).toBe(true);
    expect(isChannelUsable('phone', { internet: 'good', phone: 'poor', usualChannels: [] })).toBe(false);
    expect(isChannelUsable('postal_mail', { internet: 'poor', phone: 'poor', usualChannels: [] })).toBe(true);
  });

  it('lists the channels both places can use', () => {
    expect(channelsUsableByAll([LYON, BAMAKO])).toEqual([
      'email',
      'phone',
      'instant_messaging',
      'postal_mail',
      'in_person',
    ]);
  });
});
