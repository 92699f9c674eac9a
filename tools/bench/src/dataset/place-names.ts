import type { OrganisationKind } from '@passerelle/domain';
import type { SeededRandom } from '../random/seeded-random';

export type NamingStyle =
  | 'french'
  | 'german'
  | 'italian'
  | 'spanish'
  | 'english'
  | 'slavic'
  | 'west_african'
  | 'malagasy'
  | 'arabic'
  | 'vietnamese'
  | 'chinese'
  | 'japanese';

interface Phonology {
  /** Syllables a place name starts with, goes on with, and ends with. */
  readonly first: readonly string[];
  readonly middle: readonly string[];
  readonly last: readonly string[];
  /** Words that turn a stem into a familiar-looking place name ("Saint-", "-sur-Loire"). */
  readonly prefixes: readonly string[];
  readonly suffixes: readonly string[];
  readonly givenNames: readonly string[];
  readonly familyNames: readonly string[];
}

/**
 * Made-up but plausible place and person names per language area. Real names would collide (fifty
 * thousand authorities) and tie the benchmark to a gazetteer; what matters for search is that names are
 * varied, accented where the language is, and share common fragments the way real ones do.
 */
const PHONOLOGIES: Record<NamingStyle, Phonology> = {
  french: {
    first: [
      'Mont',
      'Val',
      'Beau',
      'Cha',
      'Ver',
      'Ro',
      'Bel',
      'Lan',
      'Mar',
      'Fon',
      'Sau',
      'Bré',
      'Cor',
      'Vil',
      'Pré',
      'Aube',
      'Bois',
      'Cler',
      'Dam',
      'Es',
      'Gra',
      'Lor',
      'Mau',
      'Neu',
      'Or',
      'Plou',
      'Quin',
      'Ri',
      'Sé',
      'Tré',
    ],
    middle: ['le', 'ti', 'ri', 'gne', 'lo', 'ma', 'ver', 'sa', 'ne', 'bo', 'che', 'da', 'mi', 'ron'],
    last: [
      'ville',
      'court',
      'bourg',
      'ac',
      'ay',
      'ières',
      'oux',
      'y',
      'mont',
      'ignan',
      'eau',
      'ès',
      'argues',
      'elles',
      'ens',
      'ieu',
      'ois',
      'otte',
      'ange',
      'ec',
      'uel',
      'ouze',
      'ery',
      'ain',
    ],
    prefixes: ['Saint-', 'Sainte-', 'La ', 'Le ', 'Les ', 'Villeneuve-', 'Pont-'],
    suffixes: [
      '-sur-Loire',
      '-en-Provence',
      '-les-Bains',
      '-sur-Mer',
      '-la-Forêt',
      '-le-Château',
      '-d’Anjou',
    ],
    givenNames: ['Claire', 'Jean', 'Sophie', 'Nicolas', 'Camille', 'Luc', 'Anne', 'Yves', 'Léa', 'Hugo'],
    familyNames: ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Girard', 'Roux', 'Fournier', 'Morel'],
  },
  german: {
    first: ['Ober', 'Unter', 'Wald', 'Bad ', 'Neu', 'Alt', 'Rosen', 'Lin', 'Ham', 'Fran', 'Kirch', 'Stein'],
    middle: ['en', 'er', 'el', 'ach', 'ing'],
    last: ['dorf', 'burg', 'heim', 'hausen', 'berg', 'feld', 'stadt', 'bach', 'ingen', 'au'],
    prefixes: [''],
    suffixes: [' am Main', ' an der Donau', ' im Allgäu'],
    givenNames: ['Anna', 'Lukas', 'Jonas', 'Lena', 'Mia', 'Paul', 'Sabine', 'Thomas', 'Ute'],
    familyNames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Becker', 'Hoffmann'],
  },
  italian: {
    first: ['San ', 'Monte', 'Castel', 'Borgo', 'Val', 'Villa', 'Ro', 'Fi', 'Ca', 'Ter', 'Pie'],
    middle: ['re', 'nu', 'ma', 'li', 'sa', 'to'],
    last: ['ano', 'ello', 'ino', 'ara', 'esco', 'one', 'ia', 'etto', 'ana'],
    prefixes: [''],
    suffixes: [' di Sopra', ' Marittima', ' al Mare', ''],
    givenNames: ['Giulia', 'Marco', 'Luca', 'Chiara', 'Matteo', 'Francesca', 'Andrea', 'Sara'],
    familyNames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci'],
  },
  spanish: {
    first: ['San ', 'Villa', 'Puerto ', 'Alca', 'Vala', 'Gra', 'Cór', 'Sal', 'Ta', 'Mon', 'Es'],
    middle: ['la', 'ra', 'do', 'ne', 'ca', 'ba'],
    last: ['ada', 'ejo', 'illa', 'ón', 'era', 'al', 'ares', 'os', 'eira', 'ão'],
    prefixes: [''],
    suffixes: [' del Río', ' de la Sierra', ' do Norte', ''],
    givenNames: ['María', 'José', 'Lucía', 'Carlos', 'Ana', 'Pedro', 'Inês', 'João', 'Carmen'],
    familyNames: ['García', 'Fernández', 'López', 'Martínez', 'Silva', 'Santos', 'Pereira', 'Gómez'],
  },
  english: {
    first: ['Ash', 'Brad', 'Ches', 'Dun', 'Ely', 'Hamp', 'King', 'Lin', 'Mil', 'New', 'Wes', 'Stan'],
    middle: ['er', 'ing', 'en', 'ham'],
    last: ['ford', 'ton', 'bury', 'ley', 'field', 'wick', 'chester', 'mouth', 'port', 'by'],
    prefixes: ['', 'Upper ', 'Great '],
    suffixes: ['', ' upon Avon', '-on-Sea'],
    givenNames: ['Emma', 'Oliver', 'Grace', 'Harry', 'Sarah', 'James', 'Aoife', 'Liam', 'Priya'],
    familyNames: ['Smith', 'Jones', 'Taylor', 'Brown', 'Walsh', 'Murphy', 'Patel', 'Evans', 'Byrne'],
  },
  slavic: {
    first: ['Bia', 'Zie', 'Kra', 'Nowy ', 'Sta', 'Pra', 'Bra', 'Vy', 'Ostr', 'Luh', 'Ko', 'Her'],
    middle: ['li', 'no', 'ra', 'vo', 'ze'],
    last: ['ów', 'ice', 'sk', 'ava', 'ovo', 'in', 'ec', 'any', 'ograd', 'yan'],
    prefixes: [''],
    suffixes: ['', ' Wielki', ' nad Wisłą'],
    givenNames: ['Anna', 'Piotr', 'Katarzyna', 'Jan', 'Ivana', 'Tomáš', 'Olena', 'Andrii', 'Ani'],
    familyNames: ['Nowak', 'Kowalski', 'Novák', 'Horváth', 'Kovalenko', 'Petrov', 'Sargsyan', 'Popescu'],
  },
  west_african: {
    first: ['Ka', 'Ba', 'Dia', 'Tou', 'Sé', 'Koudou', 'Ouaga', 'Ti', 'Zi', 'Ko', 'Do', 'Nia', 'Gao', 'Po'],
    middle: ['ma', 'ko', 'ra', 'dou', 'né', 'ba', 'lé', 'gou'],
    last: ['kro', 'bougou', 'né', 'dougou', 'ga', 'ya', 'mé', 'kassi', 'bara', 'kar', 'lla', 'ndé'],
    prefixes: [''],
    suffixes: ['', '-Centre', ' I', ' II'],
    givenNames: ['Aminata', 'Moussa', 'Fatoumata', 'Ibrahim', 'Awa', 'Issouf', 'Mariam', 'Koffi', 'Adjoa'],
    familyNames: ['Traoré', 'Diallo', 'Ouédraogo', 'Keïta', 'Sawadogo', 'Ndiaye', 'Koné', 'Mensah', 'Sow'],
  },
  malagasy: {
    first: ['Anta', 'Ambo', 'Fiana', 'Toa', 'Maha', 'Ampa', 'Mora', 'Anka', 'Ivo'],
    middle: ['na', 'ri', 'ra', 'vo', 'ho'],
    last: ['tsoa', 'rivo', 'vory', 'nana', 'sina', 'rano', 'tra', 'be'],
    prefixes: [''],
    suffixes: [''],
    givenNames: ['Hery', 'Voahirana', 'Tiana', 'Rivo', 'Fara', 'Niry', 'Mamy'],
    familyNames: ['Rakoto', 'Rasoanaivo', 'Randria', 'Rabe', 'Razafy', 'Andriamanana'],
  },
  arabic: {
    first: ['Ain ', 'Beni ', 'Sidi ', 'Bir ', 'Ksar ', 'Ta', 'Ke', 'Ma', 'Za', 'Ba', 'Jba', 'Ha'],
    middle: ['ra', 'ni', 'ou', 'ha', 'li', 'ba'],
    last: ['rouan', 'touan', 'nès', 'sfa', 'bès', 'ghaz', 'da', 'la', 'ia', 'ine', 'oun'],
    prefixes: ['', 'El ', 'Al '],
    suffixes: ['', ' El Jadida', ' Ouest'],
    givenNames: ['Youssef', 'Nadia', 'Sami', 'Leïla', 'Karim', 'Samira', 'Rami', 'Maya', 'Omar'],
    familyNames: ['Benjelloun', 'El Amrani', 'Trabelsi', 'Ben Salah', 'Haddad', 'Khoury', 'Mansour'],
  },
  vietnamese: {
    first: ['Hai ', 'Bac ', 'Quang ', 'Thanh ', 'Vinh ', 'Phu ', 'Luang ', 'Siem ', 'Kam'],
    middle: [''],
    last: ['Duong', 'Ninh', 'Tri', 'Hoa', 'Long', 'Yen', 'Prabang', 'Reap', 'Pot', 'Thap'],
    prefixes: [''],
    suffixes: [''],
    givenNames: ['Linh', 'Minh', 'Lan', 'Huong', 'Tuan', 'Sokha', 'Bounmy', 'Dara'],
    familyNames: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Sok', 'Phommachanh', 'Chea'],
  },
  chinese: {
    first: ['Shang', 'Nan', 'Xi', 'Dong', 'Bei', 'Hang', 'Wu', 'Cheng', 'Jin', 'Su'],
    middle: [''],
    last: ['zhou', 'jing', 'an', 'ning', 'hai', 'yang', 'chang', 'du', 'men', 'xing'],
    prefixes: [''],
    suffixes: [''],
    givenNames: ['Wei', 'Li', 'Fang', 'Jun', 'Ying', 'Hao', 'Mei'],
    familyNames: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao'],
  },
  japanese: {
    first: ['Ka', 'Yoko', 'Naga', 'Taka', 'Hiro', 'Shi', 'Oka', 'Sen', 'Kyo', 'Ja', 'Bu'],
    middle: ['ma', 'sa', 'na', 'ri'],
    last: ['zawa', 'saki', 'yama', 'shima', 'ta', 'hama', 'ju', 'san', 'cheon'],
    prefixes: [''],
    suffixes: [''],
    givenNames: ['Yuki', 'Haruto', 'Aiko', 'Ren', 'Sakura', 'Min-jun', 'Seo-yeon'],
    familyNames: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Kim', 'Park', 'Choi'],
  },
};

/** A place name in the language area's style. Uniqueness is the caller's business. */
export function placeName(style: NamingStyle, random: SeededRandom): string {
  const phonology = PHONOLOGIES[style];
  const middleCount = random.chance(0.35) ? 1 : 0;
  let stem = random.pick(phonology.first);
  for (let i = 0; i < middleCount; i += 1) stem += random.pick(phonology.middle);
  stem += random.pick(phonology.last);
  // Every word of the name starts with a capital ("Puerto Illa", not "Puerto illa").
  stem = stem.replace(
    /(^|[\s-])(\p{Ll})/gu,
    (_match, before: string, letter: string) => before + letter.toLocaleUpperCase('fr'),
  );
  const prefix = random.chance(0.18) ? random.pick(phonology.prefixes) : '';
  const suffix = random.chance(0.15) ? random.pick(phonology.suffixes) : '';
  return `${prefix}${stem}${suffix}`.replace(/\s+/g, ' ').trim();
}

/** How authorities of a language area are called, by kind ("Ville de …", "Stadt …", "Comune di …"). */
export function authorityName(style: NamingStyle, kind: OrganisationKind, place: string): string {
  if (style === 'french') return frenchAuthorityName(kind, place);
  const municipal: Record<NamingStyle, string> = {
    french: `Commune de ${place}`,
    german: `Stadt ${place}`,
    italian: `Comune di ${place}`,
    spanish: `Ayuntamiento de ${place}`,
    english: `${place} Council`,
    slavic: `Gmina ${place}`,
    west_african: `Commune de ${place}`,
    malagasy: `Commune urbaine de ${place}`,
    arabic: `Municipalité de ${place}`,
    vietnamese: `Comité populaire de ${place}`,
    chinese: `Municipalité de ${place}`,
    japanese: `Ville de ${place}`,
  };
  switch (kind) {
    case 'commune':
      return municipal[style];
    case 'inter_municipal_body':
      return `Intercommunalité de ${place}`;
    case 'department':
      return `Département de ${place}`;
    case 'region':
      return `Région de ${place}`;
    case 'province':
      return `Province de ${place}`;
    case 'state_level':
      return `État de ${place}`;
    case 'other':
      return `Conseil de ${place}`;
    default: {
      const exhaustive: never = kind;
      return exhaustive;
    }
  }
}

function frenchAuthorityName(kind: OrganisationKind, place: string): string {
  const elided = /^[AEIOUYÉÈ]/i.test(place) ? `d’${place}` : `de ${place}`;
  switch (kind) {
    case 'commune':
      return `Ville ${elided}`;
    case 'inter_municipal_body':
      return `Communauté de communes ${elided}`;
    case 'department':
      return `Département ${elided}`;
    case 'region':
      return `Région ${place}`;
    case 'province':
    case 'state_level':
    case 'other':
      return `Syndicat mixte ${elided}`;
    default: {
      const exhaustive: never = kind;
      return exhaustive;
    }
  }
}

export function personName(style: NamingStyle, random: SeededRandom): string {
  const phonology = PHONOLOGIES[style];
  return `${random.pick(phonology.givenNames)} ${random.pick(phonology.familyNames)}`;
}
