import type { InterfaceLanguage } from '@passerelle/domain';
import type { InboxItemKind } from '@passerelle/domain';
import type { OutgoingMail } from '../mail/mail.service';
import { speltDate } from '../common/i18n/spelt-date';

export interface DigestLine {
  kind: InboxItemKind;
  partnershipTitle: string;
  subjectLabel: string;
  dueOn: string | null;
  link: string;
}

const WHY: Record<InterfaceLanguage, Record<InboxItemKind, string>> = {
  fr: {
    'motivation-review': 'Motivation à relire',
    'orange-zone-visit-approval': 'Mission en zone orange à approuver',
    'compatibility-review': 'Compatibilité des motivations à examiner',
    'priority-agreement': 'Priorité à valider',
    'convention-approval': 'Version de la convention à approuver (délibération)',
    'visit-follow-up': 'Suite de mission à réaliser',
    'dialogue-exchange-due': 'Échange du dialogue à tenir',
    'visit-report-due': 'Compte rendu de mission à rédiger',
    'funding-call-closing': 'Candidature à déposer avant la clôture de l’appel',
    'funding-report-due': 'Rapport au financeur à envoyer',
  },
  en: {
    'motivation-review': 'Motivation to review',
    'orange-zone-visit-approval': 'Visit to an orange zone to approve',
    'compatibility-review': 'Compatibility of motivations to review',
    'priority-agreement': 'Priority to agree',
    'convention-approval': 'Convention version to approve (council decision)',
    'visit-follow-up': 'Visit follow-up to do',
    'dialogue-exchange-due': 'Dialogue exchange due',
    'visit-report-due': 'Visit report to write',
    'funding-call-closing': 'Application to submit before the call closes',
    'funding-report-due': 'Report to the funder to send',
  },
  de: {
    'motivation-review': 'Beweggründe gegenlesen',
    'orange-zone-visit-approval': 'Delegationsreise in eine orange Zone genehmigen',
    'compatibility-review': 'Vereinbarkeit der Beweggründe prüfen',
    'priority-agreement': 'Priorität bestätigen',
    'convention-approval': 'Fassung der Partnerschaftsvereinbarung genehmigen (Ratsbeschluss)',
    'visit-follow-up': 'Nachbereitung der Delegationsreise erledigen',
    'dialogue-exchange-due': 'Austausch laut Dialogplan fällig',
    'visit-report-due': 'Bericht zur Delegationsreise verfassen',
    'funding-call-closing': 'Antrag vor Ende des Förderaufrufs einreichen',
    'funding-report-due': 'Bericht an den Geldgeber senden',
  },
  es: {
    'motivation-review': 'Motivación por revisar',
    'orange-zone-visit-approval': 'Misión en zona naranja por aprobar',
    'compatibility-review': 'Compatibilidad de las motivaciones por examinar',
    'priority-agreement': 'Prioridad por validar',
    'convention-approval': 'Versión del convenio por aprobar (acuerdo del pleno)',
    'visit-follow-up': 'Seguimiento de misión por realizar',
    'dialogue-exchange-due': 'Intercambio del diálogo por celebrar',
    'visit-report-due': 'Informe de misión por redactar',
    'funding-call-closing': 'Solicitud por presentar antes del cierre de la convocatoria',
    'funding-report-due': 'Informe al financiador por enviar',
  },
  // The same words as the inbox screen (features/inbox/i18n), so a reader recognises each item.
  pt: {
    'motivation-review': 'Motivação por rever',
    'orange-zone-visit-approval': 'Missão em zona laranja por autorizar',
    'compatibility-review': 'Compatibilidade das motivações por analisar',
    'priority-agreement': 'Prioridade por validar',
    'convention-approval': 'Versão do acordo por aprovar (deliberação)',
    'visit-follow-up': 'Seguimento de missão por fazer',
    'dialogue-exchange-due': 'Troca do diálogo por realizar',
    'visit-report-due': 'Relatório de missão por redigir',
    'funding-call-closing': 'Candidatura por apresentar antes do encerramento do concurso',
    'funding-report-due': 'Relatório ao financiador por enviar',
  },
  ar: {
    'motivation-review': 'دافع للمراجعة',
    'orange-zone-visit-approval': 'زيارة إلى منطقة برتقالية تنتظر الموافقة',
    'compatibility-review': 'توافق الدوافع للدراسة',
    'priority-agreement': 'أولوية للمصادقة',
    'convention-approval': 'صيغة الاتفاقية للمصادقة (مداولة)',
    'visit-follow-up': 'متابعة زيارة للإنجاز',
    'dialogue-exchange-due': 'لقاء حوار يجب عقده',
    'visit-report-due': 'تقرير زيارة يجب تحريره',
    'funding-call-closing': 'ترشح يجب إيداعه قبل إغلاق الدعوة لتقديم المشاريع',
    'funding-report-due': 'تقرير يجب إرساله إلى المموِّل',
  },
};

const WORDS = {
  fr: {
    subject: (count: number) => `Passerelle : ${count} nouveauté${count > 1 ? 's' : ''} à faire`,
    greeting: (name: string) => `Bonjour ${name},`,
    intro: 'Voici ce qui vous attend depuis le dernier récapitulatif :',
    due: (date: string) => ` (échéance ${date})`,
    all: 'Tout ce qui vous attend :',
    footer:
      'Un seul récapitulatif par jour au plus. Les rappels que vous avez désactivés (Compte → Rappels) n’y figurent pas.',
  },
  en: {
    subject: (count: number) => `Passerelle: ${count} new thing${count > 1 ? 's' : ''} to do`,
    greeting: (name: string) => `Hello ${name},`,
    intro: 'Here is what has come to wait for you since the last digest:',
    due: (date: string) => ` (due ${date})`,
    all: 'Everything that waits for you:',
    footer: 'At most one digest a day. Reminders you turned off (Account → Reminders) are left out.',
  },
  de: {
    subject: (count: number) => `Passerelle: ${count} neue Aufgabe${count > 1 ? 'n' : ''}`,
    greeting: (name: string) => `Guten Tag ${name},`,
    intro: 'Seit der letzten Zusammenfassung ist Folgendes für Sie hinzugekommen:',
    due: (date: string) => ` (fällig am ${date})`,
    all: 'Alles, was für Sie ansteht:',
    footer:
      'Höchstens eine Zusammenfassung pro Tag. Erinnerungen, die Sie abbestellt haben (Konto → Erinnerungen), sind nicht enthalten.',
  },
  es: {
    subject: (count: number) =>
      `Passerelle: ${count} novedad${count > 1 ? 'es' : ''} pendiente${count > 1 ? 's' : ''}`,
    greeting: (name: string) => `Buenos días, ${name}:`,
    intro: 'Esto es lo que tiene pendiente desde el último resumen:',
    due: (date: string) => ` (plazo: ${date})`,
    all: 'Todo lo que tiene pendiente:',
    footer:
      'Como máximo un resumen al día. Los recordatorios que ha desactivado (Cuenta → Recordatorios) no aparecen.',
  },
  pt: {
    subject: (count: number) => `Passerelle: ${count} novidade${count > 1 ? 's' : ''} por fazer`,
    greeting: (name: string) => `Bom dia, ${name},`,
    intro: 'Eis o que o espera desde o último resumo:',
    due: (date: string) => ` (prazo ${date})`,
    all: 'Tudo o que o espera:',
    footer: 'No máximo um resumo por dia. Os lembretes que desativou (Conta → Lembretes) não figuram nele.',
  },
  ar: {
    subject: (count: number) => `Passerelle: ${arabicNewItems(count)}`,
    greeting: (name: string) => `مرحبًا ${name}،`,
    intro: 'إليكم ما ينتظركم منذ آخر ملخص:',
    due: (date: string) => ` (الأجل ${date})`,
    all: 'كل ما ينتظركم:',
    footer: 'ملخص واحد في اليوم على الأكثر. لا تظهر فيه التذكيرات التي أوقفتموها (الحساب ← التذكيرات).',
  },
} as const;

/** One digest mail listing the new items of a person's inbox, each with its link. */
export function inboxDigestMail(
  to: string,
  recipientName: string,
  language: InterfaceLanguage,
  lines: readonly DigestLine[],
  inboxLink: string,
): OutgoingMail {
  const words = WORDS[language];
  const body = lines.flatMap((line) => [
    `- ${WHY[language][line.kind]}${line.dueOn ? words.due(speltDate(line.dueOn, language)) : ''}`,
    `  ${line.partnershipTitle}`,
    // A label that only repeats the partnership's title (a review of the whole) says nothing more.
    ...(line.subjectLabel === line.partnershipTitle ? [] : [`  ${line.subjectLabel}`]),
    `  ${line.link}`,
  ]);
  const text = [
    words.greeting(recipientName),
    '',
    words.intro,
    '',
    ...body,
    '',
    words.all,
    inboxLink,
    '',
    words.footer,
  ].join('\n');
  return { to: [to], subject: words.subject(lines.length), text };
}

/** "N new things to do" in Arabic: the noun's form follows the count (dual, 3–10 plural, 11–99 accusative). */
function arabicNewItems(count: number): string {
  switch (new Intl.PluralRules('ar').select(count)) {
    case 'one':
      return 'مستجد واحد للإنجاز';
    case 'two':
      return 'مستجدان للإنجاز';
    case 'few':
      return `${count} مستجدات للإنجاز`;
    case 'many':
      return `${count} مستجدًا للإنجاز`;
    default:
      return `${count} مستجد للإنجاز`;
  }
}
