import type { UserRole } from '../users/user-role';

/**
 * The demo data loaded on a fresh local start. Angers and Bamako are the partnership the method's source
 * documents keep citing (since 1974); Rennes shows that one authority never sees another's records.
 */
export interface DemoOrganisation {
  key: 'angers' | 'bamako' | 'rennes' | 'tetouan' | 'ouahigouya' | 'kairouan';
  name: string;
  kind: string;
  countryCode: string;
  population: number;
  languages: string[];
  timeZone: string;
  /** Directory profile: every demo authority publishes one, so that search and suggestions have content. */
  directoryListed: boolean;
  directorySummary: string;
  themesOffered: string[];
  themesSought: string[];
  internetReliability?: string;
  usualChannels?: string[];
  /** The identifier its IATI activity file is published under (docs/iati.md); the others have none yet. */
  iatiIdentifier?: string;
  /** Contacts for international relations (fictitious people), as the national atlas lists them. */
  internationalElectedName?: string;
  internationalElectedTitle?: string;
  internationalElectedEmail?: string;
  internationalOfficerName?: string;
  internationalOfficerTitle?: string;
  internationalOfficerEmail?: string;
  internationalPhone?: string;
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'angers',
    name: "Ville d'Angers",
    kind: 'commune',
    countryCode: 'FR',
    population: 157_175,
    languages: ['fr'],
    timeZone: 'Europe/Paris',
    directoryListed: true,
    directorySummary:
      'Ville ligérienne engagée depuis 1974 avec Bamako ; régie des eaux, patrimoine, jeunesse.',
    themesOffered: ['water_sanitation', 'heritage', 'governance'],
    themesSought: ['tourism', 'culture'],
    iatiIdentifier: 'FR-SIRET-21490007800012',
    internationalElectedName: 'Hélène Marchais',
    internationalElectedTitle: 'Adjointe aux relations internationales',
    internationalElectedEmail: 'h.marchais@angers.test',
    internationalOfficerName: 'Jérôme Lebœuf',
    internationalOfficerTitle: 'Chargé de mission coopération décentralisée',
    internationalOfficerEmail: 'j.leboeuf@angers.test',
    internationalPhone: '+33 2 41 00 00 00',
  },
  {
    key: 'bamako',
    name: 'District de Bamako',
    kind: 'other',
    countryCode: 'ML',
    population: 2_817_000,
    languages: ['fr', 'bm'],
    timeZone: 'Africa/Bamako',
    directoryListed: true,
    directorySummary:
      'Capitale du Mali : assainissement, gestion des déchets, formation des agents municipaux.',
    themesOffered: ['culture', 'youth_mobility'],
    themesSought: ['water_sanitation', 'waste', 'governance'],
    internationalElectedName: 'Aminata Traoré',
    internationalElectedTitle: 'Conseillère chargée de la coopération',
    internationalOfficerName: 'Moussa Keïta',
    internationalOfficerTitle: 'Chef du service des relations extérieures',
    internationalOfficerEmail: 'm.keita@bamako.test',
  },
  {
    key: 'rennes',
    name: 'Ville de Rennes',
    kind: 'commune',
    countryCode: 'FR',
    population: 227_830,
    languages: ['fr'],
    timeZone: 'Europe/Paris',
    directoryListed: true,
    directorySummary: 'Métropole bretonne : mobilités douces, numérique, vie étudiante.',
    themesOffered: ['urban_planning', 'education'],
    themesSought: ['climate'],
  },
  {
    key: 'tetouan',
    name: 'Commune de Tétouan',
    kind: 'commune',
    countryCode: 'MA',
    population: 380_787,
    languages: ['ar', 'fr', 'es'],
    timeZone: 'Africa/Casablanca',
    directoryListed: true,
    directorySummary: 'Médina inscrite au patrimoine mondial ; artisanat, tourisme culturel.',
    themesOffered: ['heritage', 'culture'],
    themesSought: ['water_sanitation', 'tourism'],
    internationalElectedName: 'محمد الإدريسي',
    internationalElectedTitle: 'Vice-président chargé de la coopération',
    internationalOfficerName: 'Salma Benjelloun',
    internationalOfficerTitle: 'Responsable de la coopération internationale',
  },
  {
    key: 'ouahigouya',
    name: 'Commune de Ouahigouya',
    kind: 'commune',
    countryCode: 'BF',
    population: 124_587,
    languages: ['fr', 'mos'],
    timeZone: 'Africa/Ouagadougou',
    directoryListed: true,
    directorySummary: 'Chef-lieu du Nord : eau potable, maraîchage, formation des jeunes.',
    themesOffered: ['economic_development'],
    themesSought: ['water_sanitation', 'education'],
    internetReliability: 'intermittent',
    usualChannels: ['phone', 'instant_messaging', 'email', 'in_person'],
  },
  {
    key: 'kairouan',
    name: 'Municipalité de Kairouan',
    kind: 'commune',
    countryCode: 'TN',
    population: 186_653,
    languages: ['ar', 'fr'],
    timeZone: 'Africa/Tunis',
    directoryListed: true,
    directorySummary: 'Ville sainte et médina classée ; artisanat du tapis, jeunesse, patrimoine.',
    themesOffered: ['heritage', 'culture'],
    themesSought: ['youth_mobility', 'governance'],
    internationalOfficerName: 'Karim Ben Salah',
    internationalOfficerTitle: 'Chargé des relations internationales',
  },
];

/** One password for every demo account, printed by the start command. Never used outside demo data. */
export const DEMO_PASSWORD = 'passerelle-demo';

export interface DemoUser {
  organisation: DemoOrganisation['key'];
  role: UserRole;
  displayName: string;
}

export const DEMO_USERS: DemoUser[] = [
  { organisation: 'angers', role: 'admin', displayName: 'Hélène Girard' },
  { organisation: 'angers', role: 'officer', displayName: 'Claire Martin' },
  { organisation: 'angers', role: 'elected', displayName: 'Jean-Marc Verchère' },
  { organisation: 'angers', role: 'contributor', displayName: 'Paul Lemoine' },
  { organisation: 'angers', role: 'viewer', displayName: 'Sophie Renard' },
  { organisation: 'bamako', role: 'admin', displayName: 'Aminata Traoré' },
  { organisation: 'bamako', role: 'officer', displayName: 'Moussa Keïta' },
  { organisation: 'bamako', role: 'elected', displayName: 'Fatoumata Coulibaly' },
  { organisation: 'bamako', role: 'contributor', displayName: 'Ibrahim Diallo' },
  { organisation: 'bamako', role: 'viewer', displayName: 'Awa Sangaré' },
  { organisation: 'rennes', role: 'admin', displayName: 'Yann Le Gall' },
  { organisation: 'rennes', role: 'officer', displayName: 'Nolwenn Morvan' },
  { organisation: 'rennes', role: 'elected', displayName: 'Erwan Guillou' },
  { organisation: 'rennes', role: 'contributor', displayName: 'Gaëlle Riou' },
  { organisation: 'rennes', role: 'viewer', displayName: 'Loïc Tanguy' },
  // Partner authorities of the later steps: an officer and an elected official each, for the partner portal.
  { organisation: 'tetouan', role: 'officer', displayName: 'Youssef El Amrani' },
  { organisation: 'tetouan', role: 'elected', displayName: 'Nadia Benjelloun' },
  { organisation: 'ouahigouya', role: 'officer', displayName: 'Issouf Ouédraogo' },
  { organisation: 'ouahigouya', role: 'elected', displayName: 'Mariam Sawadogo' },
  { organisation: 'kairouan', role: 'officer', displayName: 'Sami Ben Salah' },
  { organisation: 'kairouan', role: 'elected', displayName: 'Leïla Trabelsi' },
];

export function demoEmail(user: DemoUser): string {
  return `${user.role}@${user.organisation}.test`;
}

/** Step 1 of a demo partnership, written through the lifecycle model like any user's work. */
export interface DemoCommitment {
  party: DemoOrganisation['key'];
  motivations: Array<{
    category: string;
    frameOfReference: string;
    text: string;
    review: 'approved' | 'pending';
    shared: boolean;
  }>;
  stakes: string[];
  contributions: string[];
  territoryActors: Array<{
    name: string;
    kind: string;
    involvement: string;
    /** Consulted this many days before the file is written (never after it); null when not consulted. */
    consultedDaysBefore: number | null;
    summary: string;
  }>;
}

export interface DemoPartnership {
  title: string;
  form: string;
  approach: string;
  initiator: DemoOrganisation['key'];
  partners: Array<DemoOrganisation['key']>;
  /** Partners led by an executive appointed by the State (docs/domain.md, "Legal variants"); elected otherwise. */
  appointedPartners?: Array<DemoOrganisation['key']>;
  /** Where it stands: the steps the demo shows. */
  commitments: DemoCommitment[];
}

export const ANGERS_COMMITMENT: DemoCommitment = {
  party: 'angers',
  motivations: [
    {
      category: 'political',
      frameOfReference: 'humanist',
      text: 'Répondre aux attentes des Angevins d’origine malienne et faire vivre une solidarité ancienne.',
      review: 'approved',
      shared: true,
    },
    {
      category: 'institutional',
      frameOfReference: 'pro_domo',
      text: 'Ouvrir nos services techniques (eau, déchets) à l’échange avec leurs homologues.',
      review: 'approved',
      shared: true,
    },
  ],
  stakes: ['Engagement des jeunes dans la vie de la cité', 'Gestion durable de l’eau'],
  contributions: ['Savoir-faire de la régie des eaux', 'Accueil de stagiaires dans les services'],
  territoryActors: [
    {
      name: 'Association Angers-Bamako',
      kind: 'association',
      involvement: 'co_carrier',
      consultedDaysBefore: 30,
      summary: 'Présentation de la démarche et des motivations.',
    },
    {
      name: 'Lycée Chevrollier',
      kind: 'school',
      involvement: 'operator',
      consultedDaysBefore: 12,
      summary: 'Projet d’échange de classes.',
    },
    {
      name: 'CHU d’Angers',
      kind: 'hospital',
      involvement: 'consulted',
      consultedDaysBefore: 8,
      summary: 'Échanges de pratiques en santé maternelle envisagés.',
    },
  ],
};

/**
 * Actors of Angers that carry every one of its relations beside the relation's own: the commitment asks
 * for several actors of several kinds (docs/domain.md), not one consultation of one actor.
 */
const ANGERS_CARRYING_ACTORS: DemoCommitment['territoryActors'] = [
  {
    name: 'Université d’Angers',
    kind: 'university',
    involvement: 'consulted',
    consultedDaysBefore: 20,
    summary: 'La démarche présentée au service des relations internationales.',
  },
  {
    name: 'Maison des solidarités angevines',
    kind: 'ngo',
    involvement: 'consulted',
    consultedDaysBefore: 20,
    summary: 'La démarche présentée et discutée avec les associations de solidarité.',
  },
];

/**
 * Angers' step 1 for a relation other than Bamako's: its own motivation, stakes, contributions and actor —
 * never the Malian diaspora or the Bamako association of `ANGERS_COMMITMENT`, which only that relation has.
 * No consultation date: each relation's file is written as of its own day.
 */
export function angersCommitmentFor(relation: {
  motivation: string;
  stakes: string[];
  contributions: string[];
  actor: { name: string; kind: string; involvement: string; summary: string };
}): DemoCommitment {
  return {
    party: 'angers',
    motivations: [
      {
        category: 'political',
        frameOfReference: 'humanist',
        text: relation.motivation,
        review: 'approved',
        shared: true,
      },
      {
        category: 'institutional',
        frameOfReference: 'pro_domo',
        text: 'Ouvrir nos services à l’échange avec leurs homologues.',
        review: 'approved',
        shared: true,
      },
    ],
    stakes: relation.stakes,
    contributions: relation.contributions,
    territoryActors: [{ ...relation.actor, consultedDaysBefore: 20 }, ...ANGERS_CARRYING_ACTORS],
  };
}

export const DEMO_PARTNERSHIPS: DemoPartnership[] = [
  {
    title: 'Angers – Bamako : eau, assainissement et jeunesse',
    form: 'decentralised_cooperation',
    approach: 'institutional_support',
    initiator: 'angers',
    partners: ['bamako'],
    // Steps 1 and 2 done (Bamako is a party): the presentation is the current step.
    commitments: [
      ANGERS_COMMITMENT,
      {
        party: 'bamako',
        motivations: [
          {
            category: 'financial',
            frameOfReference: 'political',
            text: 'Financer l’extension du réseau d’eau des quartiers périphériques.',
            review: 'approved',
            shared: true,
          },
        ],
        stakes: ['Accès à l’eau potable'],
        contributions: ['Expérience de la gestion communautaire des bornes-fontaines'],
        territoryActors: [],
      },
    ],
  },
  {
    title: 'Angers – Méditerranée : patrimoine et tourisme',
    form: 'twinning',
    approach: 'mutual_interest',
    initiator: 'angers',
    partners: [],
    // Step 1 done, no partner yet: partner search is the current step.
    commitments: [
      angersCommitmentFor({
        motivation:
          'Faire rayonner le patrimoine ligérien et le tourisme culturel avec une ville méditerranéenne.',
        stakes: ['Valorisation du patrimoine ligérien'],
        contributions: ['Expérience de la restauration du Château d’Angers'],
        actor: {
          name: 'Office de tourisme d’Angers',
          kind: 'association',
          involvement: 'co_carrier',
          summary: 'Circuits de tourisme culturel à proposer ensemble.',
        },
      }),
    ],
  },
  {
    // Emergency humanitarian aid, lawful without a convention (seed 003, 2007 law): assessed on its own
    // criteria. Burkinabè communes have been run by State-appointed special delegations since 2022.
    title: 'Aide d’urgence d’Angers à Ouahigouya après les inondations',
    form: 'emergency_aid',
    approach: 'humanitarian',
    initiator: 'angers',
    partners: ['ouahigouya'],
    appointedPartners: ['ouahigouya'],
    commitments: [],
  },
  {
    title: 'Rennes : coopération à construire en Afrique de l’Ouest',
    form: 'decentralised_cooperation',
    approach: 'mutual_interest',
    initiator: 'rennes',
    partners: [],
    // Step 1 under way: a motivation waits for the elected officials' review.
    commitments: [
      {
        party: 'rennes',
        motivations: [
          {
            category: 'technical_sectoral',
            frameOfReference: 'humanist',
            text: 'Partager notre expérience des mobilités douces avec une ville partenaire.',
            review: 'pending',
            shared: false,
          },
        ],
        stakes: ['Mobilités douces'],
        contributions: [],
        territoryActors: [],
      },
    ],
  },
];

/** A login printed by the start command and listed in the README. */
export interface DemoLogin {
  email: string;
  password: string;
  role: string;
  organisation: string;
}

export const DEMO_LOGINS: DemoLogin[] = DEMO_USERS.map((user) => ({
  email: demoEmail(user),
  password: DEMO_PASSWORD,
  role: user.role,
  organisation: DEMO_ORGANISATIONS.find((organisation) => organisation.key === user.organisation)?.name ?? '',
}));
