import {
  AR_MESSAGES,
  DE_MESSAGES,
  EN_MESSAGES,
  ES_MESSAGES,
  FR_MESSAGES,
  INTERFACE_LOCALES,
  PT_MESSAGES,
  textDirectionOf,
  type HandoverGrant,
  type HandoverPartnership,
  type Messages,
  type InterfaceLanguage,
} from '@passerelle/domain';
import PDFDocument from 'pdfkit';
import { registerPdfFonts } from '../common/pdf/pdf-fonts';
import { writePdfText, type PdfParagraphStyle } from '../common/pdf/pdf-paragraph';
import { formatPdfDate, printablePdfText } from '../presentation/pdf-text';
import type { AuthorityProfile } from './authority-partnerships.reader';
import { DOSSIER_WORDS } from './dossier-words';
import { HANDOVER_GRANT_TEXTS } from './handover-grant-texts';

interface DossierTexts {
  title: string;
  asOf: (date: string) => string;
  ownContacts: string;
  noPartnership: string;
  partners: string;
  since: string;
  health: string;
  why: string;
  motivations: string;
  decisions: string;
  convention: string;
  noConvention: string;
  signedOn: string;
  effectiveOn: string;
  expiresOn: string;
  objectBy: string;
  objected: string;
  notice: (days: number) => string;
  rupture: string;
  followUps: string;
  exchanges: string;
  lastExchange: string;
  nextVisit: string;
  contacts: string;
  funding: string;
  paid: string;
  none: string;
  approvedOn: string;
  footer: (date: string) => string;
  /** French sets a space before the colon, English, German and Spanish do not. */
  colon: string;
  /** Arabic separates with its own comma (،). */
  comma: string;
}

const TEXTS: Record<InterfaceLanguage, DossierTexts> = {
  fr: {
    title: 'Dossier de passation',
    asOf: (date) => `État au ${date}`,
    ownContacts: 'Contacts de la collectivité',
    noPartnership: 'Aucun partenariat.',
    partners: 'Partenaires',
    since: 'depuis le',
    health: 'Santé du partenariat',
    why: 'Pourquoi',
    motivations: 'Motivations',
    decisions: 'Délibérations',
    convention: 'Convention',
    noConvention: 'Pas de convention.',
    signedOn: 'signée le',
    effectiveOn: 'en vigueur le',
    expiresOn: 'échéance le',
    objectBy: 'Reconduction tacite : s’y opposer au plus tard le',
    objected: 'opposition déjà notifiée',
    notice: (days) => `Préavis de résiliation : ${days} jours`,
    rupture: 'Rupture en cours',
    followUps: 'Suites de mission ouvertes',
    exchanges: 'Prochains échanges dus',
    lastExchange: 'dernier échange le',
    nextVisit: 'Prochaine mission',
    contacts: 'Contacts des deux côtés',
    funding: 'Financements',
    paid: 'versé',
    none: 'Aucun.',
    approvedOn: 'approuvée le',
    footer: (date) => `Document établi avec Passerelle le ${date}`,
    colon: ' : ',
    comma: ', ',
  },
  en: {
    title: 'Handover dossier',
    asOf: (date) => `As of ${date}`,
    ownContacts: 'The authority’s contacts',
    noPartnership: 'No partnership.',
    partners: 'Partners',
    since: 'since',
    health: 'Partnership health',
    why: 'Why',
    motivations: 'Motivations',
    decisions: 'Council decisions',
    convention: 'Convention',
    noConvention: 'No convention.',
    signedOn: 'signed on',
    effectiveOn: 'in force on',
    expiresOn: 'expires on',
    objectBy: 'Tacit renewal: object by',
    objected: 'objection already notified',
    notice: (days) => `Termination notice: ${days} days`,
    rupture: 'Rupture under way',
    followUps: 'Open visit follow-ups',
    exchanges: 'Next exchanges due',
    lastExchange: 'last exchange on',
    nextVisit: 'Next visit',
    contacts: 'Contacts on both sides',
    funding: 'Funding',
    paid: 'paid',
    none: 'None.',
    approvedOn: 'approved on',
    footer: (date) => `Document produced with Passerelle on ${date}`,
    colon: ': ',
    comma: ', ',
  },
  pt: {
    title: 'Dossiê de passagem de pasta',
    asOf: (date) => `Situação em ${date}`,
    ownContacts: 'Contactos da autarquia',
    noPartnership: 'Nenhuma parceria.',
    partners: 'Parceiros',
    since: 'desde',
    health: 'Saúde da parceria',
    why: 'Porquê',
    motivations: 'Motivações',
    decisions: 'Deliberações',
    convention: 'Acordo',
    noConvention: 'Sem acordo.',
    signedOn: 'assinado em',
    effectiveOn: 'em vigor desde',
    expiresOn: 'termo em',
    objectBy: 'Renovação tácita: opor-se até',
    objected: 'oposição já notificada',
    notice: (days) => `Pré-aviso de rescisão: ${days} dias`,
    rupture: 'Rutura em curso',
    followUps: 'Seguimentos de missão em aberto',
    exchanges: 'Próximas trocas previstas',
    lastExchange: 'última troca em',
    nextVisit: 'Próxima missão',
    contacts: 'Contactos de ambas as partes',
    funding: 'Financiamentos',
    paid: 'pago',
    none: 'Nenhum.',
    approvedOn: 'aprovada em',
    footer: (date) => `Documento elaborado com o Passerelle em ${date}`,
    colon: ': ',
    comma: ', ',
  },
  ar: {
    title: 'ملف تسليم المهام',
    asOf: (date) => `الوضع في ${date}`,
    ownContacts: 'جهات الاتصال في الجماعة المحلية',
    noPartnership: 'لا توجد أي شراكة.',
    partners: 'الشركاء',
    since: 'منذ',
    health: 'صحة الشراكة',
    why: 'الأسباب',
    motivations: 'الدوافع',
    decisions: 'المداولات',
    convention: 'الاتفاقية',
    noConvention: 'لا توجد اتفاقية.',
    signedOn: 'موقّعة في',
    effectiveOn: 'سارية منذ',
    expiresOn: 'ينتهي أجلها في',
    objectBy: 'التجديد الضمني: الاعتراض في أجل أقصاه',
    objected: 'سبق تبليغ الاعتراض',
    notice: (days) => `مهلة الإشعار بالفسخ: ${arabicDays(days)}`,
    rupture: 'إجراء إنهاء جارٍ',
    followUps: 'متابعات الزيارات المفتوحة',
    exchanges: 'اللقاءات القادمة المستحقة',
    lastExchange: 'آخر لقاء في',
    nextVisit: 'الزيارة القادمة',
    contacts: 'جهات الاتصال لدى الطرفين',
    funding: 'التمويلات',
    paid: 'المدفوع',
    none: 'لا شيء.',
    approvedOn: 'صودق عليه في',
    footer: (date) => `وثيقة أُعدّت بواسطة Passerelle في ${date}`,
    colon: ': ',
    comma: '، ',
  },
  de: {
    title: 'Übergabedossier',
    asOf: (date) => `Stand: ${date}`,
    ownContacts: 'Kontakte der Kommune',
    noPartnership: 'Keine Partnerschaft.',
    partners: 'Partner',
    since: 'seit dem',
    health: 'Zustand der Partnerschaft',
    why: 'Warum',
    motivations: 'Beweggründe',
    decisions: 'Ratsbeschlüsse',
    convention: 'Vereinbarung',
    noConvention: 'Keine Vereinbarung.',
    signedOn: 'unterzeichnet am',
    effectiveOn: 'in Kraft seit dem',
    expiresOn: 'läuft ab am',
    objectBy: 'Stillschweigende Verlängerung: widersprechen bis spätestens',
    objected: 'Widerspruch bereits mitgeteilt',
    notice: (days) => `Kündigungsfrist: ${days} Tage`,
    rupture: 'Beendigung im Gange',
    followUps: 'Offene Folgeaufgaben von Delegationsreisen',
    exchanges: 'Nächste fällige Austausche',
    lastExchange: 'letzter Austausch am',
    nextVisit: 'Nächste Delegationsreise',
    contacts: 'Kontakte auf beiden Seiten',
    funding: 'Finanzierungen',
    paid: 'ausgezahlt',
    none: 'Keine.',
    approvedOn: 'genehmigt am',
    footer: (date) => `Mit Passerelle erstellt am ${date}`,
    colon: ': ',
    comma: ', ',
  },
  es: {
    title: 'Dossier de traspaso',
    asOf: (date) => `Situación a ${date}`,
    ownContacts: 'Contactos del gobierno local',
    noPartnership: 'Ninguna alianza.',
    partners: 'Socios',
    since: 'desde el',
    health: 'Salud de la alianza',
    why: 'Por qué',
    motivations: 'Motivaciones',
    decisions: 'Acuerdos del pleno',
    convention: 'Convenio',
    noConvention: 'Sin convenio.',
    signedOn: 'firmado el',
    effectiveOn: 'en vigor desde el',
    expiresOn: 'vence el',
    objectBy: 'Prórroga tácita: oponerse a más tardar el',
    objected: 'oposición ya notificada',
    notice: (days) => `Preaviso de resolución: ${days} días`,
    rupture: 'Ruptura en curso',
    followUps: 'Seguimientos de misión abiertos',
    exchanges: 'Próximos intercambios pendientes',
    lastExchange: 'último intercambio el',
    nextVisit: 'Próxima misión',
    contacts: 'Contactos de ambas partes',
    funding: 'Financiaciones',
    paid: 'abonado',
    none: 'Ninguno.',
    approvedOn: 'aprobado el',
    footer: (date) => `Documento elaborado con Passerelle el ${date}`,
    colon: ': ',
    comma: ', ',
  },
};

const MESSAGES: Record<InterfaceLanguage, Messages> = {
  fr: FR_MESSAGES,
  en: EN_MESSAGES,
  de: DE_MESSAGES,
  es: ES_MESSAGES,
  pt: PT_MESSAGES,
  ar: AR_MESSAGES,
};

const HEADING: PdfParagraphStyle = { style: 'bold', size: 15, color: '#1d4e89' };
const SUBHEADING: PdfParagraphStyle = { style: 'bold', size: 11, color: '#1b1f24' };
const BODY: PdfParagraphStyle = { style: 'regular', size: 10, color: '#1b1f24', lineGap: 1 };
const MUTED: PdfParagraphStyle = { style: 'italic', size: 9, color: '#4a5560' };

/**
 * The handover dossier as an A4 PDF: the authority's contacts, then one section per partnership. Every text
 * goes through the embedded fonts (common/pdf), so partners' names print in their own script, Arabic right
 * to left included.
 */
export function renderHandoverDossierPdf(input: {
  authority: AuthorityProfile;
  partnerships: readonly HandoverPartnership[];
  language: InterfaceLanguage;
  now: Date;
}): Promise<Buffer> {
  const texts = TEXTS[input.language];
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: { Title: printablePdfText(`${texts.title} – ${input.authority.name}`), Producer: 'Passerelle' },
    });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    registerPdfFonts(document);
    // An Arabic dossier reads right to left throughout, even a line that opens on a French name.
    const direction = textDirectionOf(input.language);
    const write = (text: string, style: PdfParagraphStyle) =>
      writePdfText(document, printablePdfText(text), { ...style, direction });
    const today = formatPdfDate(input.now, input.language);

    write(texts.title.toUpperCase(), { style: 'regular', size: 11, color: '#4a5560', characterSpacing: 1 });
    write(`${input.authority.name} (${input.authority.countryCode})`, {
      style: 'bold',
      size: 22,
      color: '#1d4e89',
    });
    write(texts.asOf(today), MUTED);
    document.moveDown(0.8);
    write(texts.ownContacts, SUBHEADING);
    const own = input.authority.contacts;
    const words = DOSSIER_WORDS[input.language];
    for (const [capacity, person] of [
      ['international_elected', own.elected],
      ['international_officer', own.officer],
    ] as const) {
      if (person.name) write(`• ${words.capacity[capacity]}${texts.colon}${contactLine(person)}`, BODY);
    }
    if (own.phone) write(`• ${own.phone}`, BODY);
    if (input.partnerships.length === 0) write(texts.noPartnership, BODY);
    for (const partnership of input.partnerships) {
      document.moveDown(1.2);
      writePartnership(write, partnership, input.language);
    }
    document.moveDown(2);
    write(texts.footer(today), MUTED);
    document.end();
  });
}

type Write = (text: string, style: PdfParagraphStyle) => void;

function writePartnership(write: Write, partnership: HandoverPartnership, language: InterfaceLanguage): void {
  const texts = TEXTS[language];
  const words = DOSSIER_WORDS[language];
  const messages = MESSAGES[language];
  const date = (day: string | null) => (day ? formatDay(day, language) : '—');
  write(partnership.name, HEADING);
  write(
    `${words.form[partnership.form]} · ${words.status[partnership.status]} · ${texts.since} ${date(partnership.since)}`,
    MUTED,
  );
  write(
    `${texts.partners}${texts.colon}${partnership.partners.map((partner) => `${partner.name} (${partner.country})`).join(', ') || '—'}`,
    BODY,
  );

  section(write, `${texts.health}${texts.colon}${partnership.health.score}/100`);
  write(`${texts.why}${texts.colon.trimEnd()}`, BODY);
  for (const component of partnership.health.components)
    write(`• ${component.points}/${component.weight} — ${messages[`health.${component.id}`]}`, BODY);
  for (const warning of partnership.health.warnings) write(`(!) ${messages[`warnings.${warning}`]}`, BODY);

  section(write, texts.motivations);
  list(write, partnership.motivations, texts.none, (motivation) => {
    const approved = motivation.approvedOn ? ` (${texts.approvedOn} ${date(motivation.approvedOn)})` : '';
    return `• ${motivation.partyName} — ${words.motivation[motivation.category]}${texts.colon}${motivation.text}${approved}`;
  });

  section(write, texts.decisions);
  list(
    write,
    partnership.councilDecisions,
    texts.none,
    (decision) =>
      `• ${date(decision.decidedOn)} — ${decision.reference} — ${words.decision[decision.subject]}${decision.partyName ? ` (${decision.partyName})` : ''}`,
  );

  section(write, texts.convention);
  writeConvention(write, partnership, language);

  section(write, texts.followUps);
  list(
    write,
    partnership.openFollowUps,
    texts.none,
    (followUp) =>
      `• ${date(followUp.dueOn)}${followUp.overdue ? ' (!)' : ''} — ${followUp.title} (${followUp.ownerName}, ${followUp.ownerPartyName})`,
  );

  section(write, texts.exchanges);
  list(
    write,
    partnership.nextExchanges,
    texts.none,
    (due) =>
      `• ${words.audience[due.audience]}${texts.colon}${date(due.dueOn)} (${words.dueStatus[due.status]}${due.lastExchangeOn ? `${texts.comma}${texts.lastExchange} ${date(due.lastExchangeOn)}` : ''})`,
  );
  if (partnership.nextVisit)
    write(
      `${texts.nextVisit}${texts.colon}${date(partnership.nextVisit.startsOn)} — ${words.direction[partnership.nextVisit.direction]} — ${partnership.nextVisit.purpose}`,
      BODY,
    );

  section(write, texts.contacts);
  list(
    write,
    partnership.contacts,
    texts.none,
    (contact) =>
      `• ${contact.partyName} — ${words.capacity[contact.capacity]}${texts.colon}${contactLine(contact)}`,
  );

  section(write, texts.funding);
  list(write, partnership.funding, texts.none, (line) => {
    const paid =
      line.paidAmount !== null
        ? `${texts.comma}${texts.paid} ${amount(line.paidAmount, line.currency, language)}`
        : '';
    return `• ${line.actionTitle} — ${words.funder[line.funder]} (${line.funderName})${texts.colon}${amount(line.amount, line.currency, language)}${texts.comma}${words.lineStatus[line.status]}${paid}`;
  });

  section(write, HANDOVER_GRANT_TEXTS[language].heading);
  list(write, partnership.grants, texts.none, (grant) => grantLines(grant, language).join('\n'));
}

/**
 * One application as the funder follows it: the decision or what is left to do, the conditions, each
 * tranche expected or received, each report due or sent; late ones marked (!) as the follow-ups are.
 */
function grantLines(grant: HandoverGrant, language: InterfaceLanguage): string[] {
  const texts = TEXTS[language];
  const words = HANDOVER_GRANT_TEXTS[language];
  const date = (day: string) => formatDay(day, language);
  const euros = (value: number) => amount(value, 'EUR', language);
  const applicant = grant.own ? '' : ` (${words.appliedBy} ${grant.applicantName})`;
  const state =
    grant.status === 'granted' && grant.grantedAmount !== null
      ? `${euros(grant.grantedAmount)}${texts.comma}${words.status.granted}${grant.decidedOn ? ` ${words.decidedOn} ${date(grant.decidedOn)}` : ''}`
      : `${euros(grant.requestedAmount)} ${words.requested}${texts.comma}${words.status[grant.status]}${grant.submitBy ? `${texts.comma}${words.submitBy} ${date(grant.submitBy)}` : ''}`;
  return [
    `• ${grant.actionTitle} — ${grant.funderName}, ${words.quote(grant.callName)}${applicant}${texts.colon}${state}`,
    ...(grant.conditions ? [`   ${words.conditions}${texts.colon}${grant.conditions}`] : []),
    ...grant.tranches.map((tranche) => {
      const received =
        tranche.receivedOn !== null
          ? `${words.receivedOn} ${date(tranche.receivedOn)}${tranche.receivedAmount !== null ? ` (${euros(tranche.receivedAmount)})` : ''}`
          : `${words.notReceived}${tranche.late ? ' (!)' : ''}`;
      return `   ${words.tranche} ${words.quote(tranche.label)}${texts.colon}${euros(tranche.expectedAmount)} ${words.expectedOn} ${date(tranche.expectedOn)} — ${received}`;
    }),
    ...grant.reports.map((report) => {
      const sent =
        report.submittedOn !== null
          ? `${words.sentOn} ${date(report.submittedOn)}`
          : `${words.notSent}${report.overdue ? ' (!)' : ''}`;
      return `   ${words.report[report.kind]} ${words.dueOn} ${date(report.dueOn)} — ${sent}`;
    }),
  ];
}

function writeConvention(write: Write, partnership: HandoverPartnership, language: InterfaceLanguage): void {
  const texts = TEXTS[language];
  const words = DOSSIER_WORDS[language];
  const date = (day: string) => formatDay(day, language);
  const convention = partnership.convention;
  if (!convention) write(texts.noConvention, BODY);
  else {
    const dates = [
      convention.signedOn ? `${texts.signedOn} ${date(convention.signedOn)}` : null,
      convention.effectiveOn ? `${texts.effectiveOn} ${date(convention.effectiveOn)}` : null,
      convention.expiresOn ? `${texts.expiresOn} ${date(convention.expiresOn)}` : null,
    ].filter((part) => part !== null);
    write([words.conventionState[convention.state], ...dates].join(texts.comma), BODY);
    if (convention.renewalObjectionBy)
      write(
        `${texts.objectBy} ${date(convention.renewalObjectionBy)}${convention.renewalObjected ? ` (${texts.objected})` : ''}`,
        BODY,
      );
    write(texts.notice(convention.terminationNoticeDays), BODY);
  }
  const rupture = partnership.rupture;
  if (rupture && (rupture.stage === 'negotiating' || rupture.stage === 'notice'))
    write(
      `${texts.rupture}${rupture.effectiveOn ? ` — ${texts.expiresOn} ${date(rupture.effectiveOn)}` : ''}`,
      BODY,
    );
}

function section(write: Write, heading: string): void {
  write(' ', { ...BODY, size: 4 });
  write(heading, SUBHEADING);
}

function list<T>(write: Write, items: readonly T[], none: string, line: (item: T) => string): void {
  if (items.length === 0) write(none, BODY);
  for (const item of items) write(line(item), BODY);
}

function contactLine(person: { name: string | null; title: string | null; email: string | null }): string {
  return [person.name, person.title, person.email].filter((part) => part).join(', ');
}

function formatDay(day: string, language: InterfaceLanguage): string {
  return formatPdfDate(new Date(`${day}T12:00:00Z`), language);
}

function amount(value: number, currency: string, language: InterfaceLanguage): string {
  return printablePdfText(
    value.toLocaleString(INTERFACE_LOCALES[language], {
      style: 'currency',
      currency,
      maximumFractionDigits: 2,
    }),
  );
}

/** A count of days in Arabic: a dual for 2, a plural for 3–10, an accusative singular for 11–99. */
function arabicDays(count: number): string {
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {
    one: 'يوم واحد',
    two: 'يومان',
    few: `${count} أيام`,
    many: `${count} يومًا`,
  };
  return forms[new Intl.PluralRules('ar').select(count)] ?? `${count} يوم`;
}
