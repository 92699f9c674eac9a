import type {
  CommunicationChannel,
  KnownActionTheme,
  OrganisationKind,
  PartnershipForm,
  Reliability,
  TravelAdvisoryLevel,
} from '@passerelle/domain';
import type { NamingStyle } from './place-names';

export type Region = 'europe' | 'africa' | 'maghreb' | 'middle_east' | 'asia' | 'americas';

export interface Country {
  readonly code: string;
  /** Relative share of French partnerships with this country (roughly the national atlas of cooperation). */
  readonly weight: number;
  readonly region: Region;
  readonly timeZone: string;
  readonly languages: readonly string[];
  readonly naming: NamingStyle;
  /** Share of its authorities whose internet access is intermittent, then poor (the rest is good). */
  readonly internetTrouble: readonly [intermittent: number, poor: number];
  /** The usual French travel advisory for the country's authorities (red zones exist in the Sahel). */
  readonly advisory: TravelAdvisoryLevel;
  /** Share of its partnerships' visits that go to a zone formally advised against. */
  readonly redZoneShare: number;
}

/**
 * The partner countries of French decentralised cooperation and twinning, weighted like the national
 * picture: Germany far ahead (two thousand twinnings), then francophone West Africa, the Maghreb, the rest
 * of Europe, Madagascar, Lebanon, Vietnam, Haiti… Weights are shares, not counts; they only need to be
 * proportionate.
 */
export const PARTNER_COUNTRIES: readonly Country[] = [
  europe('DE', 14, 'Europe/Berlin', ['de'], 'german'),
  europe('IT', 5, 'Europe/Rome', ['it'], 'italian'),
  europe('GB', 4, 'Europe/London', ['en'], 'english'),
  europe('ES', 3, 'Europe/Madrid', ['es'], 'spanish'),
  europe('PL', 2.5, 'Europe/Warsaw', ['pl'], 'slavic'),
  europe('BE', 1.5, 'Europe/Brussels', ['fr', 'nl'], 'french'),
  europe('PT', 1.5, 'Europe/Lisbon', ['pt'], 'spanish'),
  europe('RO', 1.5, 'Europe/Bucharest', ['ro'], 'italian'),
  europe('IE', 0.8, 'Europe/Dublin', ['en', 'ga'], 'english'),
  europe('AT', 0.6, 'Europe/Vienna', ['de'], 'german'),
  europe('CZ', 0.7, 'Europe/Prague', ['cs'], 'slavic'),
  europe('HU', 0.6, 'Europe/Budapest', ['hu'], 'slavic'),
  europe('GR', 0.5, 'Europe/Athens', ['el'], 'italian'),
  europe('LU', 0.3, 'Europe/Luxembourg', ['fr', 'de', 'lb'], 'german'),
  europe('CH', 0.5, 'Europe/Zurich', ['fr', 'de'], 'german'),
  europe('NL', 0.5, 'Europe/Amsterdam', ['nl'], 'german'),
  europe('SK', 0.3, 'Europe/Bratislava', ['sk'], 'slavic'),
  europe('BG', 0.3, 'Europe/Sofia', ['bg'], 'slavic'),
  europe('UA', 1, 'Europe/Kyiv', ['uk'], 'slavic', 'advised_against_except_essential'),
  europe('AM', 0.8, 'Asia/Yerevan', ['hy'], 'slavic'),
  europe('MD', 0.4, 'Europe/Chisinau', ['ro'], 'slavic'),
  europe('GE', 0.3, 'Asia/Tbilisi', ['ka'], 'slavic'),
  africa('SN', 6, 'Africa/Dakar', ['fr', 'wo'], [0.35, 0.05], 'increased_vigilance', 0.02),
  africa('BF', 5.5, 'Africa/Ouagadougou', ['fr', 'mos'], [0.45, 0.15], 'formally_advised_against', 0.45),
  africa('ML', 4.5, 'Africa/Bamako', ['fr', 'bm'], [0.45, 0.15], 'formally_advised_against', 0.5),
  africa('MG', 3, 'Indian/Antananarivo', ['mg', 'fr'], [0.5, 0.15], 'increased_vigilance', 0, 'malagasy'),
  africa('BJ', 3, 'Africa/Porto-Novo', ['fr'], [0.4, 0.1], 'increased_vigilance', 0.05),
  africa('NE', 2, 'Africa/Niamey', ['fr', 'ha'], [0.5, 0.2], 'formally_advised_against', 0.6),
  africa('CM', 2, 'Africa/Douala', ['fr', 'en'], [0.4, 0.1], 'advised_against_except_essential', 0.1),
  africa('TG', 2, 'Africa/Lome', ['fr', 'ee'], [0.4, 0.1], 'increased_vigilance', 0.03),
  africa('CI', 1.5, 'Africa/Abidjan', ['fr'], [0.3, 0.05], 'increased_vigilance', 0.03),
  africa('MR', 1.2, 'Africa/Nouakchott', ['ar', 'fr'], [0.45, 0.15], 'advised_against_except_essential', 0.2),
  africa('GN', 1, 'Africa/Conakry', ['fr'], [0.5, 0.15], 'increased_vigilance', 0),
  africa('CD', 0.6, 'Africa/Kinshasa', ['fr', 'ln'], [0.5, 0.2], 'advised_against_except_essential', 0.2),
  africa('CG', 0.4, 'Africa/Brazzaville', ['fr'], [0.5, 0.15], 'increased_vigilance', 0),
  africa('GA', 0.3, 'Africa/Libreville', ['fr'], [0.3, 0.05], 'increased_vigilance', 0),
  africa('TD', 0.4, 'Africa/Ndjamena', ['fr', 'ar'], [0.5, 0.25], 'formally_advised_against', 0.4),
  africa('KM', 0.4, 'Indian/Comoro', ['fr', 'ar'], [0.5, 0.2], 'increased_vigilance', 0),
  africa('BI', 0.3, 'Africa/Bujumbura', ['fr', 'rn'], [0.5, 0.2], 'advised_against_except_essential', 0.1),
  africa('CV', 0.3, 'Atlantic/Cape_Verde', ['pt'], [0.3, 0.05], 'normal_vigilance', 0, 'spanish'),
  africa('HT', 1.5, 'America/Port-au-Prince', ['fr', 'ht'], [0.5, 0.2], 'formally_advised_against', 0.3),
  maghreb('MA', 4, 'Africa/Casablanca', ['ar', 'fr'], 0),
  maghreb('TN', 2.5, 'Africa/Tunis', ['ar', 'fr'], 0.02),
  maghreb('DZ', 1.5, 'Africa/Algiers', ['ar', 'fr'], 0.05),
  middleEast('LB', 1.8, 'Asia/Beirut', ['ar', 'fr'], 'advised_against_except_essential', 0.1),
  middleEast('PS', 1.2, 'Asia/Hebron', ['ar'], 'formally_advised_against', 0.3),
  middleEast('JO', 0.2, 'Asia/Amman', ['ar'], 'increased_vigilance', 0),
  middleEast('IL', 0.4, 'Asia/Jerusalem', ['he'], 'advised_against_except_essential', 0.1),
  asia('VN', 1.5, 'Asia/Ho_Chi_Minh', ['vi'], 'vietnamese'),
  asia('KH', 0.8, 'Asia/Phnom_Penh', ['km'], 'vietnamese'),
  asia('LA', 0.5, 'Asia/Vientiane', ['lo'], 'vietnamese'),
  asia('CN', 1.5, 'Asia/Shanghai', ['zh'], 'chinese'),
  asia('JP', 1, 'Asia/Tokyo', ['ja'], 'japanese'),
  asia('KR', 0.3, 'Asia/Seoul', ['ko'], 'japanese'),
  asia('IN', 0.4, 'Asia/Kolkata', ['hi', 'en'], 'english'),
  americas('CA', 1.2, 'America/Toronto', ['fr', 'en'], 'french'),
  americas('US', 1, 'America/New_York', ['en'], 'english'),
  americas('BR', 0.6, 'America/Sao_Paulo', ['pt'], 'spanish'),
  americas('CL', 0.4, 'America/Santiago', ['es'], 'spanish'),
  americas('AR', 0.3, 'America/Argentina/Buenos_Aires', ['es'], 'spanish'),
  americas('MX', 0.4, 'America/Mexico_City', ['es'], 'spanish'),
  americas('NI', 0.3, 'America/Managua', ['es'], 'spanish'),
  americas('BO', 0.2, 'America/La_Paz', ['es'], 'spanish'),
  americas('PE', 0.2, 'America/Lima', ['es'], 'spanish'),
];

export const FRANCE: Country = {
  code: 'FR',
  weight: 0,
  region: 'europe',
  timeZone: 'Europe/Paris',
  languages: ['fr'],
  naming: 'french',
  internetTrouble: [0.02, 0],
  advisory: 'normal_vigilance',
  redZoneShare: 0,
};

/** Themes of cooperation by region: water and governance in the Sahel, culture and youth in Europe… */
export const THEME_WEIGHTS: Record<Region, ReadonlyArray<readonly [KnownActionTheme, number]>> = {
  europe: [
    ['culture', 10],
    ['youth_mobility', 9],
    ['education', 7],
    ['heritage', 5],
    ['tourism', 4],
    ['economic_development', 4],
    ['climate', 3],
    ['urban_planning', 2],
    ['governance', 2],
    ['health', 1],
    ['waste', 1],
    ['water_sanitation', 0.5],
  ],
  africa: [
    ['water_sanitation', 10],
    ['governance', 9],
    ['education', 7],
    ['health', 7],
    ['economic_development', 6],
    ['waste', 4],
    ['climate', 3],
    ['youth_mobility', 3],
    ['culture', 3],
    ['urban_planning', 2],
    ['heritage', 1],
    ['tourism', 0.5],
  ],
  maghreb: [
    ['heritage', 7],
    ['culture', 7],
    ['governance', 6],
    ['water_sanitation', 5],
    ['youth_mobility', 5],
    ['tourism', 4],
    ['economic_development', 4],
    ['urban_planning', 3],
    ['waste', 3],
    ['climate', 2],
    ['education', 3],
    ['health', 1],
  ],
  middle_east: [
    ['governance', 8],
    ['water_sanitation', 6],
    ['waste', 5],
    ['urban_planning', 5],
    ['culture', 5],
    ['education', 4],
    ['health', 4],
    ['heritage', 3],
    ['youth_mobility', 3],
    ['economic_development', 2],
    ['climate', 2],
    ['tourism', 1],
  ],
  asia: [
    ['urban_planning', 8],
    ['heritage', 6],
    ['economic_development', 6],
    ['culture', 6],
    ['governance', 5],
    ['tourism', 4],
    ['water_sanitation', 4],
    ['climate', 3],
    ['education', 3],
    ['health', 2],
    ['youth_mobility', 2],
    ['waste', 2],
  ],
  americas: [
    ['culture', 7],
    ['economic_development', 6],
    ['education', 5],
    ['youth_mobility', 5],
    ['climate', 4],
    ['governance', 4],
    ['heritage', 3],
    ['tourism', 3],
    ['urban_planning', 3],
    ['health', 2],
    ['water_sanitation', 2],
    ['waste', 1],
  ],
};

/** Forms by region: Europe twins, the South cooperates; neighbours also run cross-border projects. */
export const FORM_WEIGHTS: Record<Region, ReadonlyArray<readonly [PartnershipForm, number]>> = {
  europe: [
    ['twinning', 70],
    ['cross_border', 10],
    ['decentralised_cooperation', 12],
    ['network', 5],
    ['inter_regional', 3],
  ],
  africa: [
    ['decentralised_cooperation', 85],
    ['twinning', 8],
    ['network', 4],
    ['emergency_aid', 3],
  ],
  maghreb: [
    ['decentralised_cooperation', 70],
    ['twinning', 25],
    ['network', 5],
  ],
  middle_east: [
    ['decentralised_cooperation', 75],
    ['emergency_aid', 15],
    ['twinning', 10],
  ],
  asia: [
    ['decentralised_cooperation', 55],
    ['twinning', 35],
    ['inter_regional', 10],
  ],
  americas: [
    ['twinning', 45],
    ['decentralised_cooperation', 40],
    ['inter_regional', 15],
  ],
};

/** The channels an authority uses day to day, given its connectivity. */
export function usualChannelsFor(internet: Reliability): CommunicationChannel[] {
  switch (internet) {
    case 'good':
      return ['email', 'video_call', 'phone', 'in_person'];
    case 'intermittent':
      return ['phone', 'instant_messaging', 'email', 'in_person'];
    case 'poor':
      return ['phone', 'in_person', 'postal_mail'];
    default: {
      const exhaustive: never = internet;
      return exhaustive;
    }
  }
}

/** The kinds of authority a country's partners are, most of them municipal. */
export const PARTNER_KIND_WEIGHTS: ReadonlyArray<readonly [OrganisationKind, number]> = [
  ['commune', 82],
  ['province', 6],
  ['region', 5],
  ['inter_municipal_body', 3],
  ['state_level', 2],
  ['other', 2],
];

export const FRENCH_KIND_WEIGHTS: ReadonlyArray<readonly [OrganisationKind, number]> = [
  ['commune', 86],
  ['inter_municipal_body', 8],
  ['department', 4],
  ['region', 1],
  ['other', 1],
];

function europe(
  code: string,
  weight: number,
  timeZone: string,
  languages: string[],
  naming: NamingStyle,
  advisory: TravelAdvisoryLevel = 'normal_vigilance',
): Country {
  return {
    code,
    weight,
    region: 'europe',
    timeZone,
    languages,
    naming,
    internetTrouble: [0.03, 0],
    advisory,
    redZoneShare: 0,
  };
}

function africa(
  code: string,
  weight: number,
  timeZone: string,
  languages: string[],
  internetTrouble: [number, number],
  advisory: TravelAdvisoryLevel,
  redZoneShare: number,
  naming: NamingStyle = 'west_african',
): Country {
  return {
    code,
    weight,
    region: 'africa',
    timeZone,
    languages,
    naming,
    internetTrouble,
    advisory,
    redZoneShare,
  };
}

function maghreb(
  code: string,
  weight: number,
  timeZone: string,
  languages: string[],
  redZoneShare: number,
): Country {
  return {
    code,
    weight,
    region: 'maghreb',
    timeZone,
    languages,
    naming: 'arabic',
    internetTrouble: [0.15, 0.02],
    advisory: 'increased_vigilance',
    redZoneShare,
  };
}

function middleEast(
  code: string,
  weight: number,
  timeZone: string,
  languages: string[],
  advisory: TravelAdvisoryLevel,
  redZoneShare: number,
): Country {
  return {
    code,
    weight,
    region: 'middle_east',
    timeZone,
    languages,
    naming: 'arabic',
    internetTrouble: [0.25, 0.05],
    advisory,
    redZoneShare,
  };
}

function asia(
  code: string,
  weight: number,
  timeZone: string,
  languages: string[],
  naming: NamingStyle,
): Country {
  return {
    code,
    weight,
    region: 'asia',
    timeZone,
    languages,
    naming,
    internetTrouble: [0.08, 0.01],
    advisory: 'normal_vigilance',
    redZoneShare: 0,
  };
}

function americas(
  code: string,
  weight: number,
  timeZone: string,
  languages: string[],
  naming: NamingStyle,
): Country {
  return {
    code,
    weight,
    region: 'americas',
    timeZone,
    languages,
    naming,
    internetTrouble: [0.05, 0.01],
    advisory: 'normal_vigilance',
    redZoneShare: 0,
  };
}
