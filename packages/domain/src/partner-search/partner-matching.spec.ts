import { scorePartnerMatch, type PartnerProfile, type PartnerSeeker } from './partner-matching';

const angers: PartnerSeeker = {
  themesSought: ['water_sanitation', 'youth_mobility'],
  themesOffered: ['governance', 'heritage'],
  languages: ['fr'],
  targetCountries: ['ML', 'SN'],
};

const profile = (overrides: Partial<PartnerProfile> = {}): PartnerProfile => ({
  countryCode: 'ML',
  languages: ['fr-ML', 'bm'],
  themesOffered: [],
  themesSought: [],
  openRequestThemes: [],
  ...overrides,
});

describe('suggested partner score', () => {
  it('explains every point by a named reason', () => {
    const match = scorePartnerMatch(
      angers,
      profile({ themesOffered: ['water_sanitation'], themesSought: ['governance'] }),
    );
    expect(match.reasons).toEqual([
      { kind: 'they_offer_what_we_seek', value: 'water_sanitation', points: 20 },
      { kind: 'they_seek_what_we_offer', value: 'governance', points: 15 },
      { kind: 'shared_language', value: 'fr', points: 10 },
      { kind: 'target_country', value: 'ML', points: 10 },
    ]);
    expect(match.score).toBe(55);
  });

  it('values mutual interest: themes wanted both ways score more than one way', () => {
    const oneWay = scorePartnerMatch(
      angers,
      profile({ themesOffered: ['water_sanitation', 'youth_mobility'] }),
    );
    const bothWays = scorePartnerMatch(
      angers,
      profile({ themesOffered: ['water_sanitation'], themesSought: ['heritage'] }),
    );
    expect(bothWays.score).toBeLessThan(oneWay.score + 15);
    expect(bothWays.reasons.some((reason) => reason.kind === 'they_seek_what_we_offer')).toBe(true);
  });

  it('caps each kind of reason so that no single axis decides, and the score at 100', () => {
    const generous = scorePartnerMatch(
      { ...angers, themesSought: ['a', 'b', 'c', 'd'], themesOffered: ['e', 'f', 'g', 'h'] },
      profile({
        themesOffered: ['a', 'b', 'c', 'd'],
        themesSought: ['e', 'f', 'g', 'h'],
        openRequestThemes: ['e', 'f'],
      }),
    );
    const byKind = (kind: string) =>
      generous.reasons.filter((reason) => reason.kind === kind).reduce((t, r) => t + r.points, 0);
    expect(byKind('they_offer_what_we_seek')).toBe(40);
    expect(byKind('they_seek_what_we_offer')).toBe(30);
    expect(byKind('open_request_on_our_themes')).toBe(10);
    expect(generous.score).toBe(100);
  });

  it('gives nothing for a country outside the target, and anywhere counts nowhere', () => {
    expect(scorePartnerMatch(angers, profile({ countryCode: 'TN', languages: ['ar'] })).score).toBe(0);
    expect(scorePartnerMatch({ ...angers, targetCountries: [] }, profile({ languages: ['ar'] })).score).toBe(
      0,
    );
  });
});
