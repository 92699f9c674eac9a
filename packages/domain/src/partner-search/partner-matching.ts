/**
 * Suggested partners, scored from what the method says makes a cooperation hold: each side finds answers
 * to its own questions (themes one offers that the other seeks, both ways: mutual interest), the two can
 * talk (a shared language), and the search looks where it meant to (target countries). Every point has a
 * named reason, so an officer can see why an authority is suggested.
 */
export interface PartnerSeeker {
  /** Themes the partnership is meant to work on: what the seeker looks for. */
  readonly themesSought: readonly string[];
  /** Themes the seeker's authority can bring. */
  readonly themesOffered: readonly string[];
  readonly languages: readonly string[];
  /** Where a partner is sought; empty means anywhere. */
  readonly targetCountries: readonly string[];
}

export interface PartnerProfile {
  readonly countryCode: string;
  readonly languages: readonly string[];
  readonly themesOffered: readonly string[];
  readonly themesSought: readonly string[];
  /** Themes of the open partner requests the authority posted. */
  readonly openRequestThemes: readonly string[];
}

export const MATCH_REASON_KINDS = [
  'they_offer_what_we_seek',
  'they_seek_what_we_offer',
  'open_request_on_our_themes',
  'shared_language',
  'target_country',
] as const;
export type MatchReasonKind = (typeof MATCH_REASON_KINDS)[number];

export interface MatchReason {
  readonly kind: MatchReasonKind;
  /** The theme, language or country behind the points. */
  readonly value: string;
  readonly points: number;
}

export interface PartnerMatch {
  /** 0-100. */
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}

/** Points per reason, and the most a kind of reason can add: no single axis decides alone. */
const WEIGHTS = {
  they_offer_what_we_seek: { each: 20, max: 40 },
  they_seek_what_we_offer: { each: 15, max: 30 },
  open_request_on_our_themes: { each: 10, max: 10 },
  shared_language: { each: 10, max: 10 },
  target_country: { each: 10, max: 10 },
} as const satisfies Record<MatchReasonKind, { each: number; max: number }>;

export function scorePartnerMatch(seeker: PartnerSeeker, profile: PartnerProfile): PartnerMatch {
  const reasons = [
    ...capped('they_offer_what_we_seek', intersect(profile.themesOffered, seeker.themesSought)),
    ...capped('they_seek_what_we_offer', intersect(profile.themesSought, seeker.themesOffered)),
    ...capped('open_request_on_our_themes', intersect(profile.openRequestThemes, seeker.themesOffered)),
    ...capped(
      'shared_language',
      intersect(profile.languages.map(primaryLanguage), seeker.languages.map(primaryLanguage)),
    ),
    ...capped(
      'target_country',
      seeker.targetCountries.includes(profile.countryCode) ? [profile.countryCode] : [],
    ),
  ];
  const score = Math.min(
    100,
    reasons.reduce((total, reason) => total + reason.points, 0),
  );
  return { score, reasons };
}

/** Each matching value earns its points until the kind's maximum is reached. */
function capped(kind: MatchReasonKind, values: readonly string[]): MatchReason[] {
  const { each, max } = WEIGHTS[kind];
  const reasons: MatchReason[] = [];
  let total = 0;
  for (const value of values) {
    const points = Math.min(each, max - total);
    if (points <= 0) break;
    reasons.push({ kind, value, points });
    total += points;
  }
  return reasons;
}

function intersect(left: readonly string[], right: readonly string[]): string[] {
  const wanted = new Set(right);
  return [...new Set(left)].filter((value) => wanted.has(value)).sort();
}

/** `fr-ML` and `fr` are the same language for talking together. */
function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}
