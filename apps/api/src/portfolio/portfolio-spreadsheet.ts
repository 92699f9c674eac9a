import {
  CONVENTION_STATES,
  DIALOGUE_AUDIENCES,
  HEALTH_COMPONENT_IDS,
  PARTNERSHIP_STATUSES,
  STEP_IDS,
  VISIT_DIRECTIONS,
  type ConventionState,
  type DialogueAudience,
  type HealthComponentId,
  type PartnershipStatus,
  type StepId,
  type VisitDirection,
  type InterfaceLanguage,
} from '@passerelle/domain';
import type {
  SpreadsheetCell,
  SpreadsheetColumnKind,
  SpreadsheetTable,
} from '../common/spreadsheet/spreadsheet-table';
import type { PortfolioRowView } from '../lifecycle/dto/portfolio-row.dto';

interface PortfolioTexts {
  sheetName: string;
  fileName: string;
  headers: {
    title: string;
    status: string;
    yourRole: string;
    currentStep: string;
    stepsDone: string;
    healthScore: string;
    partners: string;
    partnerCountries: string;
    nextVisitStartsOn: string;
    nextVisitDirection: string;
    fallingAsleep: string;
    conventionState: string;
    conventionExpiresOn: string;
    visitsToPartner: string;
    visitsFromPartner: string;
    actions: string;
    ownInitiatedShare: string;
    ownLocatedShare: string;
    indicatorsCoValidatedShare: string;
    warnings: string;
  };
  healthComponent: Record<HealthComponentId, string>;
  dialogueDue: Record<DialogueAudience, string>;
  status: Record<PartnershipStatus, string>;
  role: Record<'initiator' | 'partner', string>;
  step: Record<StepId, string>;
  direction: Record<VisitDirection, string>;
  conventionState: Record<ConventionState, string>;
  yes: string;
  no: string;
}

/** The export's words, in each language a spreadsheet is written in (the web app's wording). */
const TEXTS: Record<InterfaceLanguage, PortfolioTexts> = {
  fr: {
    sheetName: 'Partenariats',
    fileName: 'portefeuille',
    headers: {
      title: 'Partenariat',
      status: 'Statut',
      yourRole: 'Rôle de votre collectivité',
      currentStep: 'Étape en cours',
      stepsDone: 'Étapes franchies (sur 6)',
      healthScore: 'Santé (sur 100)',
      partners: 'Partenaires',
      partnerCountries: 'Pays des partenaires',
      nextVisitStartsOn: 'Prochaine mission, début',
      nextVisitDirection: 'Prochaine mission, sens',
      fallingAsleep: 'En sommeil',
      conventionState: 'Convention',
      conventionExpiresOn: 'Échéance de la convention',
      visitsToPartner: 'Missions chez le partenaire',
      visitsFromPartner: 'Délégations partenaires accueillies',
      actions: 'Actions',
      ownInitiatedShare: 'Part des actions à notre initiative',
      ownLocatedShare: 'Part des actions sur notre territoire',
      indicatorsCoValidatedShare: 'Part des indicateurs co-validés',
      warnings: 'Points d’attention',
    },
    healthComponent: {
      METHOD_PROGRESS: 'Santé : suivi de la méthode',
      DIALOGUE_REGULARITY: 'Santé : régularité du dialogue',
      VISIT_RECIPROCITY: 'Santé : réciprocité des missions',
      ACTION_BALANCE: 'Santé : équilibre des actions',
      INDICATORS_CO_VALIDATED: 'Santé : indicateurs co-validés',
      CONVENTION_IN_FORCE: 'Santé : convention en vigueur',
      RELATION_STABILITY: 'Santé : stabilité de la relation',
    },
    dialogueDue: {
      elected_officials: 'Prochain échange des élus',
      technicians: 'Prochain échange des techniciens',
      territory_actors: 'Prochain échange des acteurs du territoire',
    },
    status: { active: 'Actif', suspended: 'Suspendu', terminated: 'Terminé' },
    role: { initiator: 'À l’initiative', partner: 'Partenaire' },
    step: {
      COMMITMENT: '1. Construire l’engagement',
      PARTNER_SEARCH: '2. Rechercher des partenaires',
      PRESENTATION: '3. Savoir se présenter',
      INITIATION: '4. Initier la relation',
      CONVENTION: '5. Conventionner et dialoguer',
      ACTIONS: '6. Passer aux actions',
    },
    direction: { to_partner: 'Chez le partenaire', from_partner: 'Accueil du partenaire' },
    conventionState: {
      draft: 'Projet en rédaction',
      in_negotiation: 'En négociation',
      approved: 'Approuvée par les conseils',
      signed: 'Signée',
      in_force: 'En vigueur',
      renewed: 'Renouvelée',
      suspended: 'Suspendue',
      expired: 'Expirée',
      terminated: 'Résiliée',
    },
    yes: 'Oui',
    no: 'Non',
  },
  en: {
    sheetName: 'Partnerships',
    fileName: 'portfolio',
    headers: {
      title: 'Partnership',
      status: 'Status',
      yourRole: 'Your authority’s role',
      currentStep: 'Current step',
      stepsDone: 'Steps done (out of 6)',
      healthScore: 'Health (out of 100)',
      partners: 'Partners',
      partnerCountries: 'Partner countries',
      nextVisitStartsOn: 'Next visit, start',
      nextVisitDirection: 'Next visit, direction',
      fallingAsleep: 'Falling asleep',
      conventionState: 'Convention',
      conventionExpiresOn: 'Convention expiry',
      visitsToPartner: 'Visits to the partner',
      visitsFromPartner: 'Partner delegations hosted',
      actions: 'Actions',
      ownInitiatedShare: 'Share of actions we initiated',
      ownLocatedShare: 'Share of actions on our territory',
      indicatorsCoValidatedShare: 'Share of indicators co-validated',
      warnings: 'Warnings',
    },
    healthComponent: {
      METHOD_PROGRESS: 'Health: method followed',
      DIALOGUE_REGULARITY: 'Health: regular dialogue',
      VISIT_RECIPROCITY: 'Health: reciprocal visits',
      ACTION_BALANCE: 'Health: balanced actions',
      INDICATORS_CO_VALIDATED: 'Health: indicators co-validated',
      CONVENTION_IN_FORCE: 'Health: convention in force',
      RELATION_STABILITY: 'Health: stability of the relation',
    },
    dialogueDue: {
      elected_officials: 'Next exchange of elected officials',
      technicians: 'Next exchange of technicians',
      territory_actors: 'Next exchange of territory actors',
    },
    status: { active: 'Active', suspended: 'Suspended', terminated: 'Terminated' },
    role: { initiator: 'Initiator', partner: 'Partner' },
    step: {
      COMMITMENT: '1. Build the commitment',
      PARTNER_SEARCH: '2. Find partners',
      PRESENTATION: '3. Present yourself',
      INITIATION: '4. Initiate the relation',
      CONVENTION: '5. Convention and dialogue',
      ACTIONS: '6. Move to actions',
    },
    direction: { to_partner: 'To the partner', from_partner: 'Hosting the partner' },
    conventionState: {
      draft: 'Draft',
      in_negotiation: 'In negotiation',
      approved: 'Approved by the councils',
      signed: 'Signed',
      in_force: 'In force',
      renewed: 'Renewed',
      suspended: 'Suspended',
      expired: 'Expired',
      terminated: 'Terminated',
    },
    yes: 'Yes',
    no: 'No',
  },
  de: {
    sheetName: 'Partnerschaften',
    fileName: 'portfolio',
    headers: {
      title: 'Partnerschaft',
      status: 'Status',
      yourRole: 'Rolle Ihrer Kommune',
      currentStep: 'Aktueller Schritt',
      stepsDone: 'Abgeschlossene Schritte (von 6)',
      healthScore: 'Zustand (von 100)',
      partners: 'Partner',
      partnerCountries: 'Länder der Partner',
      nextVisitStartsOn: 'Nächste Delegationsreise, Beginn',
      nextVisitDirection: 'Nächste Delegationsreise, Richtung',
      fallingAsleep: 'Eingeschlafen',
      conventionState: 'Partnerschaftsvereinbarung',
      conventionExpiresOn: 'Ablauf der Vereinbarung',
      visitsToPartner: 'Reisen zum Partner',
      visitsFromPartner: 'Empfangene Partnerdelegationen',
      actions: 'Maßnahmen',
      ownInitiatedShare: 'Anteil der Maßnahmen auf unsere Initiative',
      ownLocatedShare: 'Anteil der Maßnahmen in unserem Gebiet',
      indicatorsCoValidatedShare: 'Anteil gemeinsam bestätigter Indikatoren',
      warnings: 'Hinweise',
    },
    healthComponent: {
      METHOD_PROGRESS: 'Zustand: Fortschritt in der Methode',
      DIALOGUE_REGULARITY: 'Zustand: Regelmäßigkeit des Dialogs',
      VISIT_RECIPROCITY: 'Zustand: Gegenseitigkeit der Besuche',
      ACTION_BALANCE: 'Zustand: Ausgewogenheit der Maßnahmen',
      INDICATORS_CO_VALIDATED: 'Zustand: gemeinsam bestätigte Indikatoren',
      CONVENTION_IN_FORCE: 'Zustand: Vereinbarung in Kraft',
      RELATION_STABILITY: 'Zustand: Stabilität der Beziehung',
    },
    dialogueDue: {
      elected_officials: 'Nächster Austausch der Mandatsträger:innen',
      technicians: 'Nächster Austausch der Fachkräfte',
      territory_actors: 'Nächster Austausch der lokalen Akteure',
    },
    status: { active: 'Aktiv', suspended: 'Ausgesetzt', terminated: 'Beendet' },
    role: { initiator: 'Initiatorin', partner: 'Partnerin' },
    step: {
      COMMITMENT: '1. Den Willen zum Engagement aufbauen',
      PARTNER_SEARCH: '2. Potenzielle Partner suchen',
      PRESENTATION: '3. Sich vorstellen können',
      INITIATION: '4. Die Beziehung anbahnen',
      CONVENTION: '5. Vereinbarung schließen und Dialog planen',
      ACTIONS: '6. Maßnahmen umsetzen',
    },
    direction: { to_partner: 'Zum Partner', from_partner: 'Empfang des Partners' },
    conventionState: {
      draft: 'Entwurf in Arbeit',
      in_negotiation: 'In Verhandlung',
      approved: 'Von den Räten genehmigt',
      signed: 'Unterzeichnet',
      in_force: 'In Kraft',
      renewed: 'Verlängert',
      suspended: 'Ausgesetzt',
      expired: 'Ausgelaufen',
      terminated: 'Gekündigt',
    },
    yes: 'Ja',
    no: 'Nein',
  },
  es: {
    sheetName: 'Alianzas',
    fileName: 'cartera',
    headers: {
      title: 'Alianza',
      status: 'Estado',
      yourRole: 'Papel de su gobierno local',
      currentStep: 'Etapa en curso',
      stepsDone: 'Etapas superadas (de 6)',
      healthScore: 'Salud (sobre 100)',
      partners: 'Socios',
      partnerCountries: 'Países de los socios',
      nextVisitStartsOn: 'Próxima misión, inicio',
      nextVisitDirection: 'Próxima misión, sentido',
      fallingAsleep: 'Adormecida',
      conventionState: 'Convenio',
      conventionExpiresOn: 'Vencimiento del convenio',
      visitsToPartner: 'Misiones al socio',
      visitsFromPartner: 'Delegaciones socias acogidas',
      actions: 'Acciones',
      ownInitiatedShare: 'Proporción de acciones por iniciativa propia',
      ownLocatedShare: 'Proporción de acciones en nuestro territorio',
      indicatorsCoValidatedShare: 'Proporción de indicadores validados conjuntamente',
      warnings: 'Puntos de atención',
    },
    healthComponent: {
      METHOD_PROGRESS: 'Salud: seguimiento del método',
      DIALOGUE_REGULARITY: 'Salud: regularidad del diálogo',
      VISIT_RECIPROCITY: 'Salud: reciprocidad de las misiones',
      ACTION_BALANCE: 'Salud: equilibrio de las acciones',
      INDICATORS_CO_VALIDATED: 'Salud: indicadores validados conjuntamente',
      CONVENTION_IN_FORCE: 'Salud: convenio en vigor',
      RELATION_STABILITY: 'Salud: estabilidad de la relación',
    },
    dialogueDue: {
      elected_officials: 'Próximo intercambio de los cargos electos',
      technicians: 'Próximo intercambio del personal técnico',
      territory_actors: 'Próximo intercambio de los actores del territorio',
    },
    status: { active: 'Activa', suspended: 'Suspendida', terminated: 'Terminada' },
    role: { initiator: 'Iniciador', partner: 'Socio' },
    step: {
      COMMITMENT: '1. Construir una voluntad de compromiso',
      PARTNER_SEARCH: '2. Buscar socios potenciales',
      PRESENTATION: '3. Saber presentarse',
      INITIATION: '4. Iniciar la relación',
      CONVENTION: '5. Firmar el convenio y prever el diálogo',
      ACTIONS: '6. Pasar a la acción',
    },
    direction: { to_partner: 'Al socio', from_partner: 'Acogida del socio' },
    conventionState: {
      draft: 'Proyecto en redacción',
      in_negotiation: 'En negociación',
      approved: 'Aprobado por los plenos',
      signed: 'Firmado',
      in_force: 'En vigor',
      renewed: 'Renovado',
      suspended: 'Suspendido',
      expired: 'Vencido',
      terminated: 'Resuelto',
    },
    yes: 'Sí',
    no: 'No',
  },
  pt: {
    sheetName: 'Parcerias',
    fileName: 'carteira',
    headers: {
      title: 'Parceria',
      status: 'Estado',
      yourRole: 'Papel da sua autarquia',
      currentStep: 'Etapa em curso',
      stepsDone: 'Etapas concluídas (em 6)',
      healthScore: 'Saúde (em 100)',
      partners: 'Parceiros',
      partnerCountries: 'Países dos parceiros',
      nextVisitStartsOn: 'Próxima missão, início',
      nextVisitDirection: 'Próxima missão, sentido',
      fallingAsleep: 'A adormecer',
      conventionState: 'Acordo',
      conventionExpiresOn: 'Termo do acordo',
      visitsToPartner: 'Missões ao parceiro',
      visitsFromPartner: 'Delegações parceiras acolhidas',
      actions: 'Ações',
      ownInitiatedShare: 'Parte das ações por nossa iniciativa',
      ownLocatedShare: 'Parte das ações no nosso território',
      indicatorsCoValidatedShare: 'Parte dos indicadores validados em conjunto',
      warnings: 'Pontos de atenção',
    },
    healthComponent: {
      METHOD_PROGRESS: 'Saúde: seguimento do método',
      DIALOGUE_REGULARITY: 'Saúde: regularidade do diálogo',
      VISIT_RECIPROCITY: 'Saúde: reciprocidade das missões',
      ACTION_BALANCE: 'Saúde: equilíbrio das ações',
      INDICATORS_CO_VALIDATED: 'Saúde: indicadores validados em conjunto',
      CONVENTION_IN_FORCE: 'Saúde: acordo em vigor',
      RELATION_STABILITY: 'Saúde: estabilidade da relação',
    },
    dialogueDue: {
      elected_officials: 'Próxima troca dos eleitos',
      technicians: 'Próxima troca dos técnicos',
      territory_actors: 'Próxima troca dos atores do território',
    },
    status: { active: 'Ativa', suspended: 'Suspensa', terminated: 'Terminada' },
    role: { initiator: 'Por iniciativa própria', partner: 'Parceira' },
    step: {
      COMMITMENT: '1. Construir o compromisso',
      PARTNER_SEARCH: '2. Procurar parceiros potenciais',
      PRESENTATION: '3. Saber apresentar-se',
      INITIATION: '4. Iniciar a relação',
      CONVENTION: '5. Celebrar o acordo e dialogar',
      ACTIONS: '6. Passar à ação',
    },
    direction: { to_partner: 'No parceiro', from_partner: 'Acolhimento do parceiro' },
    conventionState: {
      draft: 'Projeto em redação',
      in_negotiation: 'Em negociação',
      approved: 'Aprovado pelos órgãos deliberativos',
      signed: 'Assinado',
      in_force: 'Em vigor',
      renewed: 'Renovado',
      suspended: 'Suspenso',
      expired: 'Expirado',
      terminated: 'Rescindido',
    },
    yes: 'Sim',
    no: 'Não',
  },
  ar: {
    sheetName: 'الشراكات',
    // Latin letters in a file's name: some mail gateways and file systems still mangle Arabic names.
    fileName: 'portfolio',
    headers: {
      title: 'الشراكة',
      status: 'الحالة',
      yourRole: 'دور جماعتكم',
      currentStep: 'المرحلة الجارية',
      stepsDone: 'المراحل المنجزة (من 6)',
      healthScore: 'الصحة (من 100)',
      partners: 'الشركاء',
      partnerCountries: 'بلدان الشركاء',
      nextVisitStartsOn: 'الزيارة القادمة، البداية',
      nextVisitDirection: 'الزيارة القادمة، الاتجاه',
      fallingAsleep: 'خامدة',
      conventionState: 'الاتفاقية',
      conventionExpiresOn: 'انتهاء أجل الاتفاقية',
      visitsToPartner: 'الزيارات إلى الشريك',
      visitsFromPartner: 'وفود الشركاء المستقبَلة',
      actions: 'الأنشطة',
      ownInitiatedShare: 'نسبة الأنشطة بمبادرة منا',
      ownLocatedShare: 'نسبة الأنشطة في مجالنا الترابي',
      indicatorsCoValidatedShare: 'نسبة المؤشرات المصادق عليها بشكل مشترك',
      warnings: 'نقاط الانتباه',
    },
    healthComponent: {
      METHOD_PROGRESS: 'الصحة: اتباع المنهجية',
      DIALOGUE_REGULARITY: 'الصحة: انتظام الحوار',
      VISIT_RECIPROCITY: 'الصحة: تبادل الزيارات',
      ACTION_BALANCE: 'الصحة: توازن الأنشطة',
      INDICATORS_CO_VALIDATED: 'الصحة: مؤشرات مصادق عليها بشكل مشترك',
      CONVENTION_IN_FORCE: 'الصحة: اتفاقية سارية المفعول',
      RELATION_STABILITY: 'الصحة: استقرار العلاقة',
    },
    dialogueDue: {
      elected_officials: 'اللقاء القادم بين المنتخَبين',
      technicians: 'اللقاء القادم بين التقنيين',
      territory_actors: 'اللقاء القادم بين الفاعلين المحليين',
    },
    status: { active: 'نشطة', suspended: 'معلّقة', terminated: 'منتهية' },
    role: { initiator: 'صاحبة المبادرة', partner: 'شريكة' },
    step: {
      COMMITMENT: '1. بناء الالتزام',
      PARTNER_SEARCH: '2. البحث عن شركاء محتملين',
      PRESENTATION: '3. التعريف بالذات',
      INITIATION: '4. إطلاق العلاقة',
      CONVENTION: '5. إبرام الاتفاقية والحوار',
      ACTIONS: '6. الانتقال إلى العمل',
    },
    direction: { to_partner: 'لدى الشريك', from_partner: 'استقبال الشريك' },
    conventionState: {
      draft: 'مشروع قيد التحرير',
      in_negotiation: 'قيد التفاوض',
      approved: 'صادقت عليها المجالس',
      signed: 'موقّعة',
      in_force: 'سارية المفعول',
      renewed: 'مجدّدة',
      suspended: 'معلّقة',
      expired: 'منتهية الأجل',
      terminated: 'مفسوخة',
    },
    yes: 'نعم',
    no: 'لا',
  },
};

type Column = [
  header: string,
  kind: SpreadsheetColumnKind,
  value: (row: PortfolioRowView) => SpreadsheetCell,
];

/** The portfolio table with the reader's words: headers, statuses, steps and countries in their language. */
export function portfolioSpreadsheet(
  rows: readonly PortfolioRowView[],
  language: InterfaceLanguage,
): SpreadsheetTable {
  const columns = portfolioColumns(TEXTS[language], language);
  return {
    sheetName: TEXTS[language].sheetName,
    columns: columns.map(([header, kind]) => ({ header, kind })),
    rows: rows.map((row) => columns.map(([, , value]) => value(row))),
  };
}

/** The export's file name, without extension, in the reader's language. */
export function portfolioFileName(language: InterfaceLanguage): string {
  return TEXTS[language].fileName;
}

function portfolioColumns(texts: PortfolioTexts, language: InterfaceLanguage): Column[] {
  const headers = texts.headers;
  const countries = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  const label = <K extends string>(labels: Record<K, string>, keys: readonly K[], value: string | null) =>
    value === null ? null : keys.includes(value as K) ? labels[value as K] : value;
  return [
    [headers.title, 'text', (row) => row.title],
    [headers.status, 'text', (row) => label(texts.status, PARTNERSHIP_STATUSES, row.status)],
    [headers.yourRole, 'text', (row) => label(texts.role, ['initiator', 'partner'], row.yourRole)],
    [headers.currentStep, 'text', (row) => label(texts.step, STEP_IDS, row.currentStep)],
    [headers.stepsDone, 'integer', (row) => row.stepsDone],
    [headers.healthScore, 'integer', (row) => row.health.score],
    // Every component of the domain's health score, so that a new one gets its column.
    ...HEALTH_COMPONENT_IDS.map((id): Column => [
      texts.healthComponent[id],
      'share',
      (row) => row.health.components.find((component) => component.id === id)?.value ?? null,
    ]),
    [headers.partners, 'text', (row) => row.partners.map((partner) => partner.name).join(' | ')],
    [
      headers.partnerCountries,
      'text',
      (row) =>
        row.partners.map((partner) => countries.of(partner.countryCode) ?? partner.countryCode).join(' | '),
    ],
    [headers.nextVisitStartsOn, 'date', (row) => row.nextVisit?.startsOn ?? null],
    [
      headers.nextVisitDirection,
      'text',
      (row) => label(texts.direction, VISIT_DIRECTIONS, row.nextVisit?.direction ?? null),
    ],
    ...DIALOGUE_AUDIENCES.map((audience): Column => [
      texts.dialogueDue[audience],
      'date',
      (row) => row.dialogueDue.find((due) => due.audience === audience)?.dueOn ?? null,
    ]),
    [headers.fallingAsleep, 'text', (row) => (row.fallingAsleep ? texts.yes : texts.no)],
    [
      headers.conventionState,
      'text',
      (row) => label(texts.conventionState, CONVENTION_STATES, row.conventionState),
    ],
    [headers.conventionExpiresOn, 'date', (row) => row.conventionExpiresOn],
    [headers.visitsToPartner, 'integer', (row) => row.asymmetry.visitsToPartner],
    [headers.visitsFromPartner, 'integer', (row) => row.asymmetry.visitsFromPartner],
    [headers.actions, 'integer', (row) => row.asymmetry.actionsCount],
    [headers.ownInitiatedShare, 'share', (row) => row.asymmetry.ownInitiatedShare],
    [headers.ownLocatedShare, 'share', (row) => row.asymmetry.ownLocatedShare],
    [headers.indicatorsCoValidatedShare, 'share', (row) => row.asymmetry.indicatorsCoValidatedShare],
    [headers.warnings, 'integer', (row) => row.warningsCount],
  ];
}
