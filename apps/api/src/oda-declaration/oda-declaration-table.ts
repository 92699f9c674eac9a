import {
  POLICY_MARKERS,
  type OdaDeclaration,
  type PolicyMarker,
  type InterfaceLanguage,
} from '@passerelle/domain';
import type { SpreadsheetColumn, SpreadsheetTable } from '../common/spreadsheet/spreadsheet-table';

// The declaration as a table for the ministry's form (docs/oda-declaration.md): one row per payment, recipient
// country and DAC sector, with the action's policy markers; its amounts add up to the total to the cent.

const HEADERS: Record<InterfaceLanguage, Record<string, string>> = {
  fr: {
    year: 'Année',
    partnership: 'Partenariat',
    action: 'Action',
    paidOn: 'Date du versement',
    country: 'Pays bénéficiaire',
    countryCode: 'Code pays (ISO)',
    eligible: 'Éligible APD',
    channel: 'Canal',
    sectorCode: 'Code CAD',
    sector: 'Secteur CAD',
    amount: 'Montant versé (EUR)',
  },
  en: {
    year: 'Year',
    partnership: 'Partnership',
    action: 'Action',
    paidOn: 'Payment date',
    country: 'Recipient country',
    countryCode: 'Country code (ISO)',
    eligible: 'ODA-eligible',
    channel: 'Channel',
    sectorCode: 'DAC code',
    sector: 'DAC sector',
    amount: 'Amount paid (EUR)',
  },
  de: {
    year: 'Jahr',
    partnership: 'Partnerschaft',
    action: 'Maßnahme',
    paidOn: 'Auszahlungsdatum',
    country: 'Empfängerland',
    countryCode: 'Ländercode (ISO)',
    eligible: 'ODA-anrechenbar',
    channel: 'Durchführungskanal',
    sectorCode: 'DAC-Code',
    sector: 'DAC-Sektor',
    amount: 'Ausgezahlter Betrag (EUR)',
  },
  es: {
    year: 'Año',
    partnership: 'Alianza',
    action: 'Acción',
    paidOn: 'Fecha del desembolso',
    country: 'País beneficiario',
    countryCode: 'Código de país (ISO)',
    eligible: 'Computable como AOD',
    channel: 'Canal',
    sectorCode: 'Código CAD',
    sector: 'Sector CAD',
    amount: 'Importe desembolsado (EUR)',
  },
  pt: {
    year: 'Ano',
    partnership: 'Parceria',
    action: 'Ação',
    paidOn: 'Data do pagamento',
    country: 'País beneficiário',
    countryCode: 'Código do país (ISO)',
    eligible: 'Elegível APD',
    channel: 'Canal',
    sectorCode: 'Código CAD',
    sector: 'Setor CAD',
    amount: 'Montante pago (EUR)',
  },
  ar: {
    year: 'السنة',
    partnership: 'الشراكة',
    action: 'النشاط',
    paidOn: 'تاريخ الدفع',
    country: 'البلد المستفيد',
    countryCode: 'رمز البلد (ISO)',
    eligible: 'مؤهل للمساعدة الإنمائية الرسمية',
    channel: 'القناة',
    sectorCode: 'رمز لجنة المساعدة الإنمائية',
    sector: 'قطاع لجنة المساعدة الإنمائية',
    amount: 'المبلغ المدفوع (EUR)',
  },
};

const MARKER_HEADERS: Record<InterfaceLanguage, Record<PolicyMarker, string>> = {
  fr: {
    gender: 'Marqueur égalité femmes-hommes',
    environment: 'Marqueur environnement',
    biodiversity: 'Marqueur biodiversité',
    climate_mitigation: 'Marqueur atténuation climat',
    climate_adaptation: 'Marqueur adaptation climat',
    desertification: 'Marqueur désertification',
    nutrition: 'Marqueur nutrition',
    disability: 'Marqueur handicap',
  },
  en: {
    gender: 'Gender equality marker',
    environment: 'Environment marker',
    biodiversity: 'Biodiversity marker',
    climate_mitigation: 'Climate mitigation marker',
    climate_adaptation: 'Climate adaptation marker',
    desertification: 'Desertification marker',
    nutrition: 'Nutrition marker',
    disability: 'Disability marker',
  },
  de: {
    gender: 'Kennung Gleichberechtigung der Geschlechter',
    environment: 'Kennung Umwelt',
    biodiversity: 'Kennung Biodiversität',
    climate_mitigation: 'Kennung Klimaschutz (Minderung)',
    climate_adaptation: 'Kennung Anpassung an den Klimawandel',
    desertification: 'Kennung Desertifikation',
    nutrition: 'Kennung Ernährung',
    disability: 'Kennung Inklusion von Menschen mit Behinderungen',
  },
  es: {
    gender: 'Marcador de igualdad de género',
    environment: 'Marcador de medio ambiente',
    biodiversity: 'Marcador de biodiversidad',
    climate_mitigation: 'Marcador de mitigación del cambio climático',
    climate_adaptation: 'Marcador de adaptación al cambio climático',
    desertification: 'Marcador de desertificación',
    nutrition: 'Marcador de nutrición',
    disability: 'Marcador de discapacidad',
  },
  pt: {
    gender: 'Marcador igualdade de género',
    environment: 'Marcador ambiente',
    biodiversity: 'Marcador biodiversidade',
    climate_mitigation: 'Marcador mitigação climática',
    climate_adaptation: 'Marcador adaptação climática',
    desertification: 'Marcador desertificação',
    nutrition: 'Marcador nutrição',
    disability: 'Marcador deficiência',
  },
  ar: {
    gender: 'مؤشر المساواة بين الجنسين',
    environment: 'مؤشر البيئة',
    biodiversity: 'مؤشر التنوع البيولوجي',
    climate_mitigation: 'مؤشر التخفيف من تغير المناخ',
    climate_adaptation: 'مؤشر التكيف مع تغير المناخ',
    desertification: 'مؤشر التصحر',
    nutrition: 'مؤشر التغذية',
    disability: 'مؤشر الإعاقة',
  },
};

const CHANNELS: Record<InterfaceLanguage, Record<string, string>> = {
  fr: {
    direct: 'Directe (collectivité)',
    civil_society: 'Association / ONG',
    multilateral: 'Organisation multilatérale',
    other_public: 'Autre organisme public',
  },
  en: {
    direct: 'Direct (authority)',
    civil_society: 'Association / NGO',
    multilateral: 'Multilateral organisation',
    other_public: 'Other public body',
  },
  de: {
    direct: 'Direkt (Kommune)',
    civil_society: 'Verein / NRO',
    multilateral: 'Multilaterale Organisation',
    other_public: 'Andere öffentliche Stelle',
  },
  es: {
    direct: 'Directo (gobierno local)',
    civil_society: 'Asociación / ONG',
    multilateral: 'Organismo multilateral',
    other_public: 'Otro organismo público',
  },
  pt: {
    direct: 'Direto (autarquia)',
    civil_society: 'Associação / ONG',
    multilateral: 'Organização multilateral',
    other_public: 'Outro organismo público',
  },
  ar: {
    direct: 'مباشرة (الجماعة المحلية)',
    civil_society: 'جمعية / منظمة غير حكومية',
    multilateral: 'منظمة متعددة الأطراف',
    other_public: 'هيئة عمومية أخرى',
  },
};

interface Words {
  yes: string;
  no: string;
  unallocated: string;
  sheet: string;
  /** The file's name, without year or extension. */
  fileName: string;
}

const WORDS: Record<InterfaceLanguage, Words> = {
  fr: {
    yes: 'oui',
    no: 'non',
    unallocated: 'Non ventilé par pays',
    sheet: 'Déclaration APD',
    fileName: 'declaration-apd',
  },
  en: {
    yes: 'yes',
    no: 'no',
    unallocated: 'Not allocable by country',
    sheet: 'ODA declaration',
    fileName: 'oda-declaration',
  },
  de: {
    yes: 'ja',
    no: 'nein',
    unallocated: 'Nicht nach Ländern aufschlüsselbar',
    sheet: 'ODA-Meldung',
    fileName: 'oda-meldung',
  },
  es: {
    yes: 'sí',
    no: 'no',
    unallocated: 'No asignable por país',
    sheet: 'Declaración AOD',
    fileName: 'declaracion-aod',
  },
  pt: {
    yes: 'sim',
    no: 'não',
    unallocated: 'Não repartido por país',
    sheet: 'Declaração APD',
    fileName: 'declaracao-apd',
  },
  ar: {
    yes: 'نعم',
    no: 'لا',
    unallocated: 'غير موزّع حسب البلد',
    sheet: 'التصريح بالمساعدة الإنمائية',
    // The file's name in Latin letters: some mail gateways and file systems still mangle Arabic names.
    fileName: 'oda-declaration',
  },
};

/** The export's file name, without extension, in the reader's language. */
export function odaDeclarationFileName(year: number, language: InterfaceLanguage): string {
  return `${WORDS[language].fileName}-${year}`;
}

export function odaDeclarationTable(
  declaration: OdaDeclaration,
  language: InterfaceLanguage,
  sectorName: (code: string) => string,
): SpreadsheetTable {
  const headers = HEADERS[language];
  const words = WORDS[language];
  const countryNames = new Intl.DisplayNames([language], { type: 'region' });
  const columns: SpreadsheetColumn[] = [
    { header: headers.year ?? '', kind: 'integer' },
    { header: headers.partnership ?? '', kind: 'text' },
    { header: headers.action ?? '', kind: 'text' },
    { header: headers.paidOn ?? '', kind: 'date' },
    { header: headers.country ?? '', kind: 'text' },
    { header: headers.countryCode ?? '', kind: 'text' },
    { header: headers.eligible ?? '', kind: 'text' },
    { header: headers.channel ?? '', kind: 'text' },
    { header: headers.sectorCode ?? '', kind: 'text' },
    { header: headers.sector ?? '', kind: 'text' },
    { header: headers.amount ?? '', kind: 'decimal' },
    ...POLICY_MARKERS.map((marker) => ({
      header: MARKER_HEADERS[language][marker],
      kind: 'integer' as const,
    })),
  ];
  const rows = declaration.rows.map((row) => [
    declaration.year,
    row.partnershipName,
    row.actionTitle,
    row.paidOn,
    row.country === null ? words.unallocated : (countryNames.of(row.country) ?? row.country),
    row.country,
    row.odaEligible === null ? null : row.odaEligible ? words.yes : words.no,
    row.channel === null ? null : (CHANNELS[language][row.channel] ?? row.channel),
    row.sectorCode,
    row.sectorCode === null ? null : sectorName(row.sectorCode),
    row.amountCents / 100,
    ...POLICY_MARKERS.map((marker) => row.markers[marker] ?? null),
  ]);
  return { sheetName: `${words.sheet} ${declaration.year}`, columns, rows };
}
