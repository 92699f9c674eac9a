import {
  type CommunicationChannel,
  type KnownActionTheme,
  type Organisation,
  type OrganisationKind,
  type Reliability,
} from '@passerelle/domain';
import { type SeededRandom, WeightedTable } from '../random/seeded-random';
import {
  type Country,
  FRANCE,
  FRENCH_KIND_WEIGHTS,
  PARTNER_COUNTRIES,
  PARTNER_KIND_WEIGHTS,
  THEME_WEIGHTS,
  usualChannelsFor,
} from './country-catalogue';
import { authorityName, placeName } from './place-names';

/** An organisation as the generator keeps it: the relational row's fields plus what stories need. */
export interface GeneratedOrganisation {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  /** The place alone ("Montbourg"), for partnership titles. */
  readonly place: string;
  readonly kind: OrganisationKind;
  readonly country: Country;
  readonly population: number;
  readonly internet: Reliability;
  readonly phone: Reliability;
  readonly usualChannels: readonly CommunicationChannel[];
  readonly directoryListed: boolean;
  readonly directorySummary: string;
  readonly themesOffered: readonly KnownActionTheme[];
  readonly themesSought: readonly KnownActionTheme[];
  readonly createdAt: Date;
}

export const THEME_LABELS_FR: Record<KnownActionTheme, string> = {
  governance: 'gouvernance locale',
  water_sanitation: 'eau et assainissement',
  heritage: 'patrimoine',
  culture: 'culture',
  health: 'santé',
  education: 'éducation',
  urban_planning: 'urbanisme',
  waste: 'gestion des déchets',
  tourism: 'tourisme',
  economic_development: 'développement économique',
  youth_mobility: 'jeunesse et mobilité',
  climate: 'climat',
};

const KIND_LABELS_FR: Record<OrganisationKind, string> = {
  commune: 'Commune',
  inter_municipal_body: 'Intercommunalité',
  department: 'Département',
  region: 'Région',
  province: 'Province',
  state_level: 'Collectivité fédérée',
  other: 'Collectivité',
};

/** Areas that tell homonymous places apart, by language area (French departments for French places). */
const AREAS: Partial<Record<string, readonly string[]>> & { default: readonly string[] } = {
  french: [
    'Ain',
    'Aisne',
    'Ardèche',
    'Aube',
    'Aveyron',
    'Calvados',
    'Cantal',
    'Charente',
    'Cher',
    'Corrèze',
    'Creuse',
    'Dordogne',
    'Doubs',
    'Drôme',
    'Eure',
    'Gard',
    'Gers',
    'Gironde',
    'Hérault',
    'Indre',
    'Isère',
    'Jura',
    'Landes',
    'Loire',
    'Loiret',
    'Lot',
    'Manche',
    'Marne',
    'Mayenne',
    'Meuse',
    'Morbihan',
    'Nièvre',
    'Nord',
    'Oise',
    'Orne',
    'Rhône',
    'Sarthe',
    'Savoie',
    'Somme',
    'Tarn',
    'Var',
    'Vendée',
    'Vienne',
    'Vosges',
    'Yonne',
  ],
  default: ['Nord', 'Sud', 'Est', 'Ouest', 'Centre', 'Haut', 'Bas'],
};

const SUMMARY_OPENINGS = [
  'engagée dans la coopération internationale depuis',
  'jumelée depuis',
  'active dans la solidarité internationale depuis',
  'ouverte aux partenariats depuis',
];

/** The domain's view of a generated organisation, exactly as the API maps the row (toDomainOrganisation). */
export function toDomainOrganisation(organisation: GeneratedOrganisation): Organisation {
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    country: organisation.country.code,
    population: organisation.population,
    languages: organisation.country.languages,
    timeZone: organisation.country.timeZone,
    communication: {
      internet: organisation.internet,
      phone: organisation.phone,
      usualChannels: organisation.usualChannels,
    },
  };
}

export interface OrganisationCounts {
  readonly french: number;
  readonly foreign: number;
}

/**
 * French authorities first (indexes 0…french-1, largest population first, so that the biggest cities
 * carry the biggest portfolios), then foreign partners country by country, each country's largest first.
 */
export function generateOrganisations(
  counts: OrganisationCounts,
  random: SeededRandom,
  asOf: Date,
): GeneratedOrganisation[] {
  const organisations: GeneratedOrganisation[] = [];
  const usedNames = new Set<string>();
  const frenchKinds = WeightedTable.of(FRENCH_KIND_WEIGHTS);
  const partnerKinds = WeightedTable.of(PARTNER_KIND_WEIGHTS);
  const frenchPopulations = descendingPopulations(counts.french, 2_500, random);
  for (let i = 0; i < counts.french; i += 1) {
    const kind = i < 3 ? 'commune' : frenchKinds.draw(random);
    organisations.push(
      buildOrganisation(
        organisations.length,
        FRANCE,
        kind,
        frenchPopulations[i] ?? 1_000,
        random,
        usedNames,
        asOf,
      ),
    );
  }
  for (const [country, count] of apportion(PARTNER_COUNTRIES, counts.foreign)) {
    const populations = descendingPopulations(count, 40_000, random);
    for (let i = 0; i < count; i += 1) {
      organisations.push(
        buildOrganisation(
          organisations.length,
          country,
          partnerKinds.draw(random),
          populations[i] ?? 5_000,
          random,
          usedNames,
          asOf,
        ),
      );
    }
  }
  return organisations;
}

/** Splits `total` over countries by weight, exactly (cumulative rounding), at least one each when possible. */
export function apportion(countries: readonly Country[], total: number): Array<[Country, number]> {
  const weightSum = countries.reduce((sum, country) => sum + country.weight, 0);
  let cumulative = 0;
  let assigned = 0;
  return countries.map((country) => {
    cumulative += country.weight;
    const upTo = Math.round((cumulative / weightSum) * total);
    const count = upTo - assigned;
    assigned = upTo;
    return [country, count];
  });
}

/** Log-normal populations around a median, sorted largest first (a few big cities, many small places). */
function descendingPopulations(count: number, median: number, random: SeededRandom): number[] {
  const populations: number[] = [];
  for (let i = 0; i < count; i += 1) {
    populations.push(Math.max(80, Math.round(median * Math.exp(1.4 * random.normal()))));
  }
  return populations.sort((a, b) => b - a);
}

function buildOrganisation(
  index: number,
  country: Country,
  kind: OrganisationKind,
  population: number,
  random: SeededRandom,
  usedNames: Set<string>,
  asOf: Date,
): GeneratedOrganisation {
  let place = placeName(country.naming, random);
  let name = authorityName(country.naming, kind, place);
  for (let attempt = 0; usedNames.has(name); attempt += 1) {
    // Tens of thousands of made-up names collide; like real homonyms (Saint-Martin…), they are told apart
    // by where they are, and past that by a number.
    const base = attempt < 2 ? placeName(country.naming, random) : place.replace(/ \(.*\)$/, '');
    place =
      attempt < 2
        ? base
        : `${base} (${random.pick(AREAS[country.naming] ?? AREAS.default)}${attempt < 6 ? '' : ` ${attempt}`})`;
    name = authorityName(country.naming, kind, place);
  }
  usedNames.add(name);
  const [intermittent, poor] = country.internetTrouble;
  const draw = random.next();
  const internet: Reliability = draw < poor ? 'poor' : draw < poor + intermittent ? 'intermittent' : 'good';
  const phone: Reliability = internet === 'poor' && random.chance(0.3) ? 'intermittent' : 'good';
  const themes = WeightedTable.of(THEME_WEIGHTS[country.region]);
  const themesOffered = distinctDraws(themes, random.int(1, 3), random);
  const themesSought = distinctDraws(themes, random.int(1, 3), random).filter(
    (theme) => !themesOffered.includes(theme),
  );
  const directoryListed = random.chance(country === FRANCE ? 0.55 : 0.45);
  const since = 1960 + random.int(0, 64);
  const summary = directoryListed
    ? `${KIND_LABELS_FR[kind]} de ${population.toLocaleString('fr-FR')} habitants, ${random.pick(SUMMARY_OPENINGS)} ${since} : ${themesOffered
        .map((theme) => THEME_LABELS_FR[theme])
        .join(
          ', ',
        )}. Nous cherchons des partenaires en ${themesSought.map((theme) => THEME_LABELS_FR[theme]).join(', ') || 'tous domaines'}.`
    : '';
  return {
    index,
    id: random.uuid(),
    name,
    place,
    kind,
    country,
    population,
    internet,
    phone,
    usualChannels: usualChannelsFor(internet),
    directoryListed,
    directorySummary: summary,
    themesOffered,
    themesSought,
    // Authorities registered over the platform's first years.
    createdAt: new Date(asOf.getTime() - random.int(400, 3_300) * 86_400_000),
  };
}

function distinctDraws(
  table: WeightedTable<KnownActionTheme>,
  count: number,
  random: SeededRandom,
): KnownActionTheme[] {
  const drawn = new Set<KnownActionTheme>();
  for (let attempt = 0; drawn.size < count && attempt < count * 6; attempt += 1)
    drawn.add(table.draw(random));
  return [...drawn];
}
