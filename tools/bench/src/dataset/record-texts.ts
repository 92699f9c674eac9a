import type {
  FunderKind,
  KnownActionTheme,
  LogEntryKind,
  MotivationCategory,
  PresentationSections,
} from '@passerelle/domain';
import type { SeededRandom } from '../random/seeded-random';
import { THEME_LABELS_FR } from './organisations';

/** The French texts of generated records: varied enough that records have realistic sizes and wording. */
export const MOTIVATION_TEXTS: Record<MotivationCategory, readonly string[]> = {
  political: [
    'Faire vivre une solidarité ancienne portée par nos habitants et nos associations.',
    'Répondre aux attentes des habitants originaires du territoire partenaire.',
    'Inscrire notre ville dans une Europe des citoyens et de la paix.',
  ],
  institutional: [
    'Ouvrir nos services techniques à l’échange avec leurs homologues.',
    'Former nos agents au contact d’autres manières de faire le service public.',
  ],
  technical_sectoral: [
    'Partager notre savoir-faire en matière de %theme% avec une collectivité partenaire.',
    'Progresser ensemble sur %theme%, un enjeu commun à nos deux territoires.',
  ],
  financial: ['Mobiliser des cofinancements européens et nationaux pour des projets communs.'],
  economic: [
    'Ouvrir des débouchés à nos entreprises et à nos artisans.',
    'Développer un tourisme responsable entre nos deux territoires.',
  ],
};

export const STAKE_TEXTS: readonly string[] = [
  'Engagement des jeunes dans la vie de la cité',
  'Gestion durable de l’eau',
  'Attractivité du territoire',
  'Cohésion sociale dans les quartiers',
  'Transition écologique',
  'Valorisation du patrimoine',
  'Accès aux services de base',
  'Formation des agents territoriaux',
];

export const CONTRIBUTION_TEXTS: readonly string[] = [
  'Savoir-faire de nos services techniques',
  'Accueil de stagiaires dans les services',
  'Réseau associatif très actif',
  'Expérience de la gestion participative',
  'Établissements scolaires volontaires pour des échanges',
];

export const DIALOGUE_SUMMARIES: readonly string[] = [
  'Point d’étape des élus en visioconférence',
  'Suivi du chantier par les services techniques',
  'Réunion des associations des deux territoires',
  'Préparation de la prochaine mission',
  'Bilan des échanges scolaires de l’année',
  'Échange téléphonique sur le budget de l’action',
];

export const DIALOGUE_DECISIONS: readonly string[] = [
  'Prochain point dans un mois',
  'Envoyer le compte rendu traduit',
  'Associer le comité de jumelage',
  'Relancer la demande de cofinancement',
];

export const VISIT_PURPOSES: readonly string[] = [
  'Découvrir le territoire et ses acteurs',
  'Diagnostic partagé avec les services techniques',
  'Rencontre des élus et signature d’une lettre d’intention',
  'Suivi des actions et évaluation conjointe',
  'Accueil de la délégation partenaire',
];

export const VISIT_AGENDA: readonly string[] = [
  'Accueil par les élus',
  'Visites de terrain',
  'Séance de travail des services',
  'Rencontre des associations',
  'Restitution',
];

export const INDICATORS: ReadonlyArray<readonly [name: string, unit: string, target: number]> = [
  ['Jeunes formés', 'personnes', 40],
  ['Habitants raccordés à l’eau potable', 'personnes', 2_000],
  ['Agents municipaux formés', 'personnes', 25],
  ['Élèves ayant participé à un échange', 'élèves', 120],
  ['Tonnes de déchets valorisés', 'tonnes', 300],
  ['Manifestations culturelles communes', 'événements', 12],
  ['Bâtiments patrimoniaux restaurés', 'bâtiments', 6],
];

export const FUNDERS: ReadonlyArray<readonly [FunderKind, string]> = [
  ['own_budget', 'Budget de la collectivité'],
  ['ministry_call', 'Appel à projets du ministère'],
  ['development_agency', 'Agence de développement'],
  ['european_union', 'Programme européen'],
  ['one_percent_solidarity', 'Dispositif 1 % eau'],
  ['other_authority', 'Conseil régional'],
];

export const LOG_TEXTS: ReadonlyArray<readonly [LogEntryKind, string]> = [
  ['meeting', 'Comité de pilotage de l’action.'],
  ['training', 'Session de formation des équipes locales.'],
  ['mission', 'Mission d’expertise de deux agents.'],
  ['delivery', 'Livraison du matériel prévu.'],
  ['other', 'Point d’avancement envoyé aux partenaires.'],
];

/** Goals (1–17) that go with each theme. */
export const THEME_SDGS: Record<KnownActionTheme, readonly number[]> = {
  governance: [16, 17],
  water_sanitation: [6, 3],
  heritage: [11, 8],
  culture: [4, 11],
  health: [3],
  education: [4],
  urban_planning: [11, 9],
  waste: [12, 11],
  tourism: [8, 12],
  economic_development: [8, 1],
  youth_mobility: [4, 10],
  climate: [13, 7],
};

export function actionTitle(theme: KnownActionTheme, random: SeededRandom): string {
  const openings = ['Programme', 'Projet', 'Chantier-école', 'Échanges', 'Appui'];
  return `${random.pick(openings)} : ${THEME_LABELS_FR[theme]} (${random.int(2015, 2026)})`;
}

export function presentationSections(
  place: string,
  themes: readonly KnownActionTheme[],
): PresentationSections {
  const themeText = themes.map((theme) => THEME_LABELS_FR[theme]).join(', ');
  return {
    motivations: `${place} s’engage dans la coopération pour partager et apprendre : ${themeText}.`,
    territory_and_actors: `${place}, ses associations de solidarité, ses écoles et ses services techniques.`,
    stakes: `Les enjeux du territoire : ${themeText}.`,
    contributions: 'Le savoir-faire de nos services et l’accueil de stagiaires.',
  };
}
