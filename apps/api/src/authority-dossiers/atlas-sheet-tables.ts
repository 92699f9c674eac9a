import { type InterfaceLanguage } from '@passerelle/domain';
import type { AtlasProjectSheet, OrganisationContacts } from '@passerelle/domain';
import type { SpreadsheetColumn, SpreadsheetTable } from '../common/spreadsheet/spreadsheet-table';
import type { AuthorityProfile } from './authority-partnerships.reader';
import { DOSSIER_WORDS, themeName } from './dossier-words';

// The atlas sheet as two tables (docs/atlas-and-handover.md): the authority's contacts, then one project
// sheet per partner authority, with the headings of the atlas's update procedure.

const CONTACT_HEADERS: Record<InterfaceLanguage, string[]> = {
  fr: ['Collectivité', 'Type', 'Pays', 'Population', 'Fonction', 'Nom', 'Titre', 'Courriel', 'Téléphone'],
  en: ['Authority', 'Kind', 'Country', 'Population', 'Capacity', 'Name', 'Title', 'Email', 'Phone'],
  de: ['Kommune', 'Art', 'Land', 'Einwohnerzahl', 'Funktion', 'Name', 'Titel', 'E-Mail', 'Telefon'],
  es: [
    'Gobierno local',
    'Tipo',
    'País',
    'Población',
    'Función',
    'Nombre',
    'Cargo',
    'Correo electrónico',
    'Teléfono',
  ],
  pt: ['Autarquia', 'Tipo', 'País', 'População', 'Função', 'Nome', 'Cargo', 'Correio eletrónico', 'Telefone'],
  ar: [
    'الجماعة المحلية',
    'النوع',
    'البلد',
    'عدد السكان',
    'الصفة',
    'الاسم',
    'المنصب',
    'البريد الإلكتروني',
    'الهاتف',
  ],
};

const PROJECT_HEADERS: Record<InterfaceLanguage, string[]> = {
  fr: [
    'Intitulé de la coopération',
    'Forme',
    'Statut',
    'Collectivité partenaire',
    'Type de collectivité partenaire',
    'Pays partenaire',
    'Code pays (ISO)',
    'Depuis le',
    'Convention',
    'Signée le',
    'Échéance',
    'Objectifs',
    'Thématiques',
    'ODD',
    'Actions',
    'Acteurs du territoire associés',
  ],
  en: [
    'Cooperation title',
    'Form',
    'Status',
    'Partner authority',
    'Partner authority kind',
    'Partner country',
    'Country code (ISO)',
    'Since',
    'Convention',
    'Signed on',
    'Expires on',
    'Objectives',
    'Themes',
    'SDGs',
    'Actions',
    'Territory actors involved',
  ],
  de: [
    'Titel der Zusammenarbeit',
    'Form',
    'Status',
    'Partnerkommune',
    'Art der Partnerkommune',
    'Partnerland',
    'Ländercode (ISO)',
    'Seit',
    'Vereinbarung',
    'Unterzeichnet am',
    'Läuft ab am',
    'Ziele',
    'Themen',
    'SDG',
    'Maßnahmen',
    'Beteiligte lokale Akteure',
  ],
  es: [
    'Título de la cooperación',
    'Forma',
    'Estado',
    'Gobierno local socio',
    'Tipo de gobierno local socio',
    'País socio',
    'Código de país (ISO)',
    'Desde',
    'Convenio',
    'Firmado el',
    'Vencimiento',
    'Objetivos',
    'Temáticas',
    'ODS',
    'Acciones',
    'Actores del territorio asociados',
  ],
  pt: [
    'Título da cooperação',
    'Forma',
    'Estado',
    'Autarquia parceira',
    'Tipo de autarquia parceira',
    'País parceiro',
    'Código do país (ISO)',
    'Desde',
    'Acordo',
    'Assinado em',
    'Termo',
    'Objetivos',
    'Temas',
    'ODS',
    'Ações',
    'Atores do território associados',
  ],
  ar: [
    'عنوان التعاون',
    'الشكل',
    'الحالة',
    'الجماعة المحلية الشريكة',
    'نوع الجماعة الشريكة',
    'البلد الشريك',
    'رمز البلد (ISO)',
    'منذ',
    'الاتفاقية',
    'تاريخ التوقيع',
    'انتهاء الأجل',
    'الأهداف',
    'المحاور',
    'أهداف التنمية المستدامة',
    'الأنشطة',
    'الفاعلون المحليون المشاركون',
  ],
};

const PROJECT_KINDS: SpreadsheetColumn['kind'][] = [
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'date',
  'text',
  'date',
  'date',
  'text',
  'text',
  'text',
  'text',
  'text',
];

const SHEET_NAMES: Record<InterfaceLanguage, { contacts: string; projects: string }> = {
  fr: { contacts: 'Contacts', projects: 'Fiches projets' },
  en: { contacts: 'Contacts', projects: 'Project sheets' },
  de: { contacts: 'Kontakte', projects: 'Projektblätter' },
  es: { contacts: 'Contactos', projects: 'Fichas de proyectos' },
  pt: { contacts: 'Contactos', projects: 'Fichas de projeto' },
  ar: { contacts: 'جهات الاتصال', projects: 'بطاقات المشاريع' },
};

/** One row per contact the atlas lists: the elected official, then the officer in charge. */
export function atlasContactsTable(
  authority: AuthorityProfile,
  language: InterfaceLanguage,
): SpreadsheetTable {
  const words = DOSSIER_WORDS[language];
  const country = new Intl.DisplayNames([language], { type: 'region' }).of(authority.countryCode);
  const contacts: OrganisationContacts = authority.contacts;
  const kind = words.kind[authority.kind as keyof typeof words.kind] ?? authority.kind;
  const row = (capacity: 'international_elected' | 'international_officer', who: 'elected' | 'officer') => [
    authority.name,
    kind,
    country ?? authority.countryCode,
    authority.population,
    words.capacity[capacity],
    contacts[who].name,
    contacts[who].title,
    contacts[who].email,
    contacts.phone,
  ];
  return {
    sheetName: SHEET_NAMES[language].contacts,
    columns: CONTACT_HEADERS[language].map((header, index) => ({
      header,
      kind: index === 3 ? 'integer' : 'text',
    })),
    rows: [row('international_elected', 'elected'), row('international_officer', 'officer')],
  };
}

export function atlasProjectsTable(
  projects: readonly AtlasProjectSheet[],
  language: InterfaceLanguage,
): SpreadsheetTable {
  const words = DOSSIER_WORDS[language];
  const countries = new Intl.DisplayNames([language], { type: 'region' });
  return {
    sheetName: SHEET_NAMES[language].projects,
    columns: PROJECT_HEADERS[language].map((header, index) => ({
      header,
      kind: PROJECT_KINDS[index] ?? 'text',
    })),
    rows: projects.map((project) => [
      project.title,
      words.form[project.form],
      words.status[project.status],
      project.partnerName,
      words.kind[project.partnerKind],
      countries.of(project.partnerCountry) ?? project.partnerCountry,
      project.partnerCountry,
      project.since,
      project.conventionState === null ? null : words.conventionState[project.conventionState],
      project.conventionSignedOn,
      project.conventionExpiresOn,
      project.objectives || null,
      project.themes.map((theme) => themeName(theme, words)).join(' ; ') || null,
      project.sdgs.join(' ; ') || null,
      project.actions.map((action) => `${action.title} (${words.actionStatus[action.status]})`).join(' ; ') ||
        null,
      project.territoryActors.join(' ; ') || null,
    ]),
  };
}
