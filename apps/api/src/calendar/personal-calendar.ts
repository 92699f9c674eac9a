import {
  computeNextDialogueDue,
  hostPartyId,
  initiatorId,
  isInForceConventionState,
  isTacitRenewalPending,
  tacitRenewalObjectionDeadline,
  referenceTimeZone,
  todayOf,
  visitingPartyId,
  type AudienceDue,
  type CalendarDate,
  type DialogueAudience,
  type PartnershipSnapshot,
  type Visit,
  type InterfaceLanguage,
} from '@passerelle/domain';
import type { IcsAllDayEvent, IcsCalendar } from './ical';
import { speltDate } from '../common/i18n/spelt-date';
import { visitPagePath } from '../common/web-paths';

export interface PersonalCalendarInput {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly language: InterfaceLanguage;
  /** The web app's public origin, for links and as the UIDs' domain. */
  readonly publicUrl: string;
  /** The partnerships the user sees; only active ones make events. */
  readonly partnerships: readonly PartnershipSnapshot[];
  readonly now: Date;
}

/** Calendar applications are asked to fetch the feed again every hour. */
export const FEED_REFRESH_MINUTES = 60;

/**
 * A user's personal calendar: the upcoming (not yet ended, not cancelled) delegation visits, the next due
 * dialogue exchange per audience and the convention's deadlines (last day to object to its tacit renewal,
 * expiry, end of a termination notice) of each active partnership their organisation is party to, worded in
 * their language. UIDs are stable (a visit by its id, a due exchange by partnership and audience, a deadline
 * by convention and kind), so a moved date updates the event in the subscriber's calendar instead of adding
 * another.
 */
export function buildPersonalCalendar(input: PersonalCalendarInput): IcsCalendar {
  const text = TEXTS[input.language];
  const active = input.partnerships.filter((snapshot) => snapshot.partnership.status === 'active');
  const events = active
    .flatMap((snapshot) => [
      ...visitEvents(snapshot, input),
      ...dialogueEvents(snapshot, input),
      ...conventionEvents(snapshot, input),
    ])
    .sort((a, b) => (a.firstDay === b.firstDay ? compare(a.uid, b.uid) : compare(a.firstDay, b.firstDay)));
  return {
    productId: `-//Passerelle//Calendar feed//${input.language.toUpperCase()}`,
    name: text.calendarName(input.organisationName),
    description: text.calendarDescription,
    refreshMinutes: FEED_REFRESH_MINUTES,
    generatedAt: input.now,
    events,
  };
}

function visitEvents(snapshot: PartnershipSnapshot, input: PersonalCalendarInput): IcsAllDayEvent[] {
  const today = todayOf(snapshot, input.now);
  return snapshot.visits
    .filter((visit) => !visit.cancelled && visit.endsOn >= today)
    .map((visit) => visitEvent(snapshot, visit, input));
}

function visitEvent(
  snapshot: PartnershipSnapshot,
  visit: Visit,
  input: PersonalCalendarInput,
): IcsAllDayEvent {
  const text = TEXTS[input.language];
  const initiator = initiatorId(snapshot);
  const visiting = visitingPartyId(visit, initiator);
  const host = hostPartyId(visit, initiator);
  const nameOf = (partyId: string) =>
    snapshot.organisations.find((organisation) => organisation.id === partyId)?.name ?? '?';
  const hostOrganisation = snapshot.organisations.find((organisation) => organisation.id === host);
  const link = `${input.publicUrl}${visitPagePath(snapshot.partnership.id, visit.id)}`;
  const side: VisitSide =
    visiting === input.organisationId ? 'travelling' : host === input.organisationId ? 'hosting' : 'other';
  return {
    uid: `visit-${visit.id}@${uidDomain(input.publicUrl)}`,
    firstDay: visit.startsOn,
    lastDay: visit.endsOn,
    summary: text.visitSummary(side, nameOf(visiting), nameOf(host), visit.purpose),
    description: [
      `${text.partnership} ${snapshot.partnership.name}`,
      `${text.purpose} ${visit.purpose}`,
      `${text.delegation} ${nameOf(visiting)} → ${nameOf(host)}`,
      ...(visit.agenda.length > 0 ? [text.agenda, ...visit.agenda.map((item) => `• ${item}`)] : []),
      '',
      `${text.details} ${link}`,
    ].join('\n'),
    ...(hostOrganisation ? { location: `${hostOrganisation.name} (${hostOrganisation.country})` } : {}),
    url: link,
    categories: ['Passerelle', text.visitCategory],
  };
}

function dialogueEvents(snapshot: PartnershipSnapshot, input: PersonalCalendarInput): IcsAllDayEvent[] {
  const plan = snapshot.dialoguePlan;
  if (!plan) return [];
  const dues = computeNextDialogueDue(
    { plan, events: snapshot.dialogueEvents, visits: snapshot.visits },
    input.now,
    referenceTimeZone(snapshot),
  );
  return dues.map((due) => dueEvent(snapshot, due, input));
}

function dueEvent(
  snapshot: PartnershipSnapshot,
  due: AudienceDue,
  input: PersonalCalendarInput,
): IcsAllDayEvent {
  const text = TEXTS[input.language];
  const link = `${input.publicUrl}/partenariats/${snapshot.partnership.id}/dialogue`;
  const audience = text.audiences[due.audience];
  const lastExchange = due.lastExchangeOn
    ? speltDate(due.lastExchangeOn, input.language)
    : text.noExchangeYet;
  return {
    uid: `dialogue-${snapshot.partnership.id}-${due.audience}@${uidDomain(input.publicUrl)}`,
    firstDay: due.dueOn,
    lastDay: due.dueOn,
    summary: text.dueSummary(due.status === 'overdue', audience, snapshot.partnership.name),
    description: [
      `${text.partnership} ${snapshot.partnership.name}`,
      `${text.audience} ${audience}`,
      `${text.dueOn} ${speltDate(due.dueOn, input.language)}`,
      `${text.lastExchange} ${lastExchange}`,
      '',
      `${text.logExchange} ${link}`,
    ].join('\n'),
    url: link,
    categories: ['Passerelle', text.dialogueCategory],
  };
}

type ConventionDeadline = 'objection' | 'expiry' | 'notice_end';

/** The convention's dates still ahead that a party must act on or prepare for. */
function conventionDeadlines(snapshot: PartnershipSnapshot, today: CalendarDate) {
  const convention = snapshot.convention;
  if (!convention) return [];
  const deadlines: Array<{ kind: ConventionDeadline; day: CalendarDate }> = [];
  if (isInForceConventionState(convention.state)) {
    const objection = isTacitRenewalPending(convention) ? tacitRenewalObjectionDeadline(convention) : null;
    if (objection) deadlines.push({ kind: 'objection', day: objection });
    if (convention.expiresOn) deadlines.push({ kind: 'expiry', day: convention.expiresOn });
  }
  if (convention.termination) deadlines.push({ kind: 'notice_end', day: convention.termination.effectiveOn });
  return deadlines.filter((deadline) => deadline.day >= today);
}

function conventionEvents(snapshot: PartnershipSnapshot, input: PersonalCalendarInput): IcsAllDayEvent[] {
  const convention = snapshot.convention;
  if (!convention) return [];
  const text = TEXTS[input.language];
  const link = `${input.publicUrl}/partenariats/${snapshot.partnership.id}/convention`;
  const renewsTacitly = isTacitRenewalPending(convention);
  return conventionDeadlines(snapshot, todayOf(snapshot, input.now)).map(({ kind, day }) => ({
    uid: `convention-${convention.id}-${kind}@${uidDomain(input.publicUrl)}`,
    firstDay: day,
    lastDay: day,
    summary: text.conventionSummary(kind, snapshot.partnership.name),
    description: [
      `${text.partnership} ${snapshot.partnership.name}`,
      text.conventionDescription(kind, speltDate(day, input.language), renewsTacitly),
      '',
      `${text.details} ${link}`,
    ].join('\n'),
    url: link,
    categories: ['Passerelle', text.conventionCategory],
  }));
}

type VisitSide = 'travelling' | 'hosting' | 'other';

interface CalendarTexts {
  calendarName: (organisation: string) => string;
  calendarDescription: string;
  visitSummary: (side: VisitSide, visiting: string, host: string, purpose: string) => string;
  dueSummary: (overdue: boolean, audience: string, partnership: string) => string;
  conventionSummary: (kind: ConventionDeadline, partnership: string) => string;
  conventionDescription: (kind: ConventionDeadline, day: string, renewsTacitly: boolean) => string;
  conventionCategory: string;
  audiences: Record<DialogueAudience, string>;
  partnership: string;
  purpose: string;
  delegation: string;
  agenda: string;
  details: string;
  audience: string;
  dueOn: string;
  lastExchange: string;
  noExchangeYet: string;
  logExchange: string;
  visitCategory: string;
  dialogueCategory: string;
}

const TEXTS: Record<InterfaceLanguage, CalendarTexts> = {
  fr: {
    calendarName: (organisation) => `Passerelle – ${organisation}`,
    calendarDescription:
      'Missions de délégation à venir, échanges attendus avec vos partenaires et échéances des conventions (partenariats actifs).',
    visitSummary: (side, visiting, host, purpose) => {
      switch (side) {
        case 'travelling':
          return `Mission chez ${host} : ${purpose}`;
        case 'hosting':
          return `Accueil de la délégation de ${visiting} : ${purpose}`;
        case 'other':
          return `Mission de ${visiting} chez ${host} : ${purpose}`;
        default: {
          const _exhaustive: never = side;
          return _exhaustive;
        }
      }
    },
    dueSummary: (overdue, audience, partnership) =>
      `${overdue ? 'Échange en retard' : 'Échange à tenir'} (${audience.toLowerCase()}) – ${partnership}`,
    conventionSummary: (kind, partnership) => {
      switch (kind) {
        case 'objection':
          return `Dernier jour pour s’opposer à la reconduction de la convention – ${partnership}`;
        case 'expiry':
          return `Échéance de la convention – ${partnership}`;
        case 'notice_end':
          return `Fin du préavis : la convention prend fin – ${partnership}`;
        default: {
          const _exhaustive: never = kind;
          return _exhaustive;
        }
      }
    },
    conventionDescription: (kind, day, renewsTacitly) => {
      switch (kind) {
        case 'objection':
          return `Sans opposition d’une partie au plus tard le ${day}, la convention est reconduite tacitement à son échéance.`;
        case 'expiry':
          return renewsTacitly
            ? `La convention arrive à échéance le ${day} ; elle sera reconduite tacitement, aucune partie ne s’y étant opposée.`
            : `La convention arrive à échéance le ${day} : la renouveler ou en préparer la fin.`;
        case 'notice_end':
          return `Le préavis de résiliation prend fin le ${day} : la convention cesse de produire ses effets.`;
        default: {
          const _exhaustive: never = kind;
          return _exhaustive;
        }
      }
    },
    conventionCategory: 'Convention',
    audiences: {
      elected_officials: 'Élus',
      technicians: 'Techniciens',
      territory_actors: 'Acteurs du territoire',
    },
    partnership: 'Partenariat :',
    purpose: 'Objet :',
    delegation: 'Délégation :',
    agenda: 'Programme :',
    details: 'Détails :',
    audience: 'Public :',
    dueOn: 'Échéance du plan de dialogue :',
    lastExchange: 'Dernier échange :',
    noExchangeYet: 'aucun pour l’instant',
    logExchange: 'Consigner l’échange :',
    visitCategory: 'Mission',
    dialogueCategory: 'Dialogue',
  },
  en: {
    calendarName: (organisation) => `Passerelle – ${organisation}`,
    calendarDescription:
      'Upcoming delegation visits, expected exchanges with your partners and convention deadlines (active partnerships).',
    visitSummary: (side, visiting, host, purpose) => {
      switch (side) {
        case 'travelling':
          return `Visit to ${host}: ${purpose}`;
        case 'hosting':
          return `Hosting the delegation of ${visiting}: ${purpose}`;
        case 'other':
          return `${visiting} visits ${host}: ${purpose}`;
        default: {
          const _exhaustive: never = side;
          return _exhaustive;
        }
      }
    },
    dueSummary: (overdue, audience, partnership) =>
      `${overdue ? 'Exchange overdue' : 'Exchange due'} (${audience.toLowerCase()}) – ${partnership}`,
    conventionSummary: (kind, partnership) => {
      switch (kind) {
        case 'objection':
          return `Last day to object to the convention’s renewal – ${partnership}`;
        case 'expiry':
          return `Convention expires – ${partnership}`;
        case 'notice_end':
          return `Notice ends: the convention ends – ${partnership}`;
        default: {
          const _exhaustive: never = kind;
          return _exhaustive;
        }
      }
    },
    conventionDescription: (kind, day, renewsTacitly) => {
      switch (kind) {
        case 'objection':
          return `Unless a party objects by ${day}, the convention is tacitly renewed when it expires.`;
        case 'expiry':
          return renewsTacitly
            ? `The convention expires on ${day}; no party objected, so it will be tacitly renewed.`
            : `The convention expires on ${day}: renew it or prepare its end.`;
        case 'notice_end':
          return `The termination notice ends on ${day}: the convention ceases to have effect.`;
        default: {
          const _exhaustive: never = kind;
          return _exhaustive;
        }
      }
    },
    conventionCategory: 'Convention',
    audiences: {
      elected_officials: 'Elected officials',
      technicians: 'Technicians',
      territory_actors: 'Territory actors',
    },
    partnership: 'Partnership:',
    purpose: 'Purpose:',
    delegation: 'Delegation:',
    agenda: 'Programme:',
    details: 'Details:',
    audience: 'Audience:',
    dueOn: 'Due under the dialogue plan:',
    lastExchange: 'Last exchange:',
    noExchangeYet: 'none yet',
    logExchange: 'Log the exchange:',
    visitCategory: 'Visit',
    dialogueCategory: 'Dialogue',
  },
  de: {
    calendarName: (organisation) => `Passerelle – ${organisation}`,
    calendarDescription:
      'Anstehende Delegationsreisen, erwartete Austausche mit Ihren Partnern und Fristen der Partnerschaftsvereinbarungen (aktive Partnerschaften).',
    visitSummary: (side, visiting, host, purpose) => {
      switch (side) {
        case 'travelling':
          return `Delegationsreise nach ${host}: ${purpose}`;
        case 'hosting':
          return `Empfang der Delegation aus ${visiting}: ${purpose}`;
        case 'other':
          return `Delegationsreise von ${visiting} nach ${host}: ${purpose}`;
        default: {
          const _exhaustive: never = side;
          return _exhaustive;
        }
      }
    },
    dueSummary: (overdue, audience, partnership) =>
      `${overdue ? 'Austausch überfällig' : 'Austausch fällig'} (${audience}) – ${partnership}`,
    conventionSummary: (kind, partnership) => {
      switch (kind) {
        case 'objection':
          return `Letzter Tag für einen Widerspruch gegen die Verlängerung der Vereinbarung – ${partnership}`;
        case 'expiry':
          return `Die Vereinbarung läuft aus – ${partnership}`;
        case 'notice_end':
          return `Ende der Kündigungsfrist: Die Vereinbarung endet – ${partnership}`;
        default: {
          const _exhaustive: never = kind;
          return _exhaustive;
        }
      }
    },
    conventionDescription: (kind, day, renewsTacitly) => {
      switch (kind) {
        case 'objection':
          return `Widerspricht keine Partei spätestens am ${day}, verlängert sich die Vereinbarung bei Ablauf stillschweigend.`;
        case 'expiry':
          return renewsTacitly
            ? `Die Vereinbarung läuft am ${day} aus; da keine Partei widersprochen hat, verlängert sie sich stillschweigend.`
            : `Die Vereinbarung läuft am ${day} aus: Verlängern Sie sie oder bereiten Sie ihr Ende vor.`;
        case 'notice_end':
          return `Die Kündigungsfrist endet am ${day}: Die Vereinbarung verliert ihre Wirkung.`;
        default: {
          const _exhaustive: never = kind;
          return _exhaustive;
        }
      }
    },
    conventionCategory: 'Partnerschaftsvereinbarung',
    audiences: {
      elected_officials: 'Mandatsträger:innen',
      technicians: 'Fachkräfte',
      territory_actors: 'Lokale Akteure',
    },
    partnership: 'Partnerschaft:',
    purpose: 'Zweck:',
    delegation: 'Delegation:',
    agenda: 'Programm:',
    details: 'Details:',
    audience: 'Zielgruppe:',
    dueOn: 'Fällig laut Dialogplan:',
    lastExchange: 'Letzter Austausch:',
    noExchangeYet: 'bisher keiner',
    logExchange: 'Austausch eintragen:',
    visitCategory: 'Delegationsreise',
    dialogueCategory: 'Dialog',
  },
  es: {
    calendarName: (organisation) => `Passerelle – ${organisation}`,
    calendarDescription:
      'Próximas misiones de delegación, intercambios previstos con sus socios y plazos de los convenios (alianzas activas).',
    visitSummary: (side, visiting, host, purpose) => {
      switch (side) {
        case 'travelling':
          return `Misión a ${host}: ${purpose}`;
        case 'hosting':
          return `Acogida de la delegación de ${visiting}: ${purpose}`;
        case 'other':
          return `Misión de ${visiting} a ${host}: ${purpose}`;
        default: {
          const _exhaustive: never = side;
          return _exhaustive;
        }
      }
    },
    dueSummary: (overdue, audience, partnership) =>
      `${overdue ? 'Intercambio atrasado' : 'Intercambio previsto'} (${audience.toLowerCase()}) – ${partnership}`,
    conventionSummary: (kind, partnership) => {
      switch (kind) {
        case 'objection':
          return `Último día para oponerse a la prórroga del convenio – ${partnership}`;
        case 'expiry':
          return `Vencimiento del convenio – ${partnership}`;
        case 'notice_end':
          return `Fin del preaviso: el convenio termina – ${partnership}`;
        default: {
          const _exhaustive: never = kind;
          return _exhaustive;
        }
      }
    },
    conventionDescription: (kind, day, renewsTacitly) => {
      switch (kind) {
        case 'objection':
          return `Si ninguna parte se opone a más tardar el ${day}, el convenio se prorroga tácitamente a su vencimiento.`;
        case 'expiry':
          return renewsTacitly
            ? `El convenio vence el ${day}; se prorrogará tácitamente, ya que ninguna parte se ha opuesto.`
            : `El convenio vence el ${day}: renuévelo o prepare su terminación.`;
        case 'notice_end':
          return `El preaviso de resolución termina el ${day}: el convenio deja de surtir efectos.`;
        default: {
          const _exhaustive: never = kind;
          return _exhaustive;
        }
      }
    },
    conventionCategory: 'Convenio',
    audiences: {
      elected_officials: 'Cargos electos',
      technicians: 'Personal técnico',
      territory_actors: 'Actores del territorio',
    },
    partnership: 'Alianza:',
    purpose: 'Objeto:',
    delegation: 'Delegación:',
    agenda: 'Programa:',
    details: 'Detalles:',
    audience: 'Público:',
    dueOn: 'Plazo según el plan de diálogo:',
    lastExchange: 'Último intercambio:',
    noExchangeYet: 'ninguno por ahora',
    logExchange: 'Registrar el intercambio:',
    visitCategory: 'Misión',
    dialogueCategory: 'Diálogo',
  },
  pt: {
    calendarName: (organisation) => `Passerelle – ${organisation}`,
    calendarDescription:
      'Próximas missões de delegação, trocas esperadas com os seus parceiros e prazos dos acordos (parcerias ativas).',
    visitSummary: (side, visiting, host, purpose) => {
      switch (side) {
        case 'travelling':
          return `Missão a ${host}: ${purpose}`;
        case 'hosting':
          return `Acolhimento da delegação de ${visiting}: ${purpose}`;
        case 'other':
          return `Missão de ${visiting} a ${host}: ${purpose}`;
        default: {
          const _exhaustive: never = side;
          return _exhaustive;
        }
      }
    },
    dueSummary: (overdue, audience, partnership) =>
      `${overdue ? 'Troca em atraso' : 'Troca a realizar'} (${audience.toLowerCase()}) – ${partnership}`,
    conventionSummary: (kind, partnership) => {
      switch (kind) {
        case 'objection':
          return `Último dia para se opor à renovação do acordo – ${partnership}`;
        case 'expiry':
          return `Termo do acordo – ${partnership}`;
        case 'notice_end':
          return `Fim do pré-aviso: o acordo termina – ${partnership}`;
        default: {
          const _exhaustive: never = kind;
          return _exhaustive;
        }
      }
    },
    conventionDescription: (kind, day, renewsTacitly) => {
      switch (kind) {
        case 'objection':
          return `Sem oposição de uma das partes até ${day}, o acordo é renovado tacitamente no seu termo.`;
        case 'expiry':
          return renewsTacitly
            ? `O acordo chega ao termo em ${day}; será renovado tacitamente, não se tendo oposto nenhuma parte.`
            : `O acordo chega ao termo em ${day}: renová-lo ou preparar o seu fim.`;
        case 'notice_end':
          return `O pré-aviso de rescisão termina em ${day}: o acordo deixa de produzir efeitos.`;
        default: {
          const _exhaustive: never = kind;
          return _exhaustive;
        }
      }
    },
    conventionCategory: 'Acordo',
    audiences: {
      elected_officials: 'Eleitos',
      technicians: 'Técnicos',
      territory_actors: 'Atores do território',
    },
    partnership: 'Parceria:',
    purpose: 'Objeto:',
    delegation: 'Delegação:',
    agenda: 'Programa:',
    details: 'Detalhes:',
    audience: 'Público:',
    dueOn: 'Prazo do plano de diálogo:',
    lastExchange: 'Última troca:',
    noExchangeYet: 'nenhuma por agora',
    logExchange: 'Registar a troca:',
    visitCategory: 'Missão',
    dialogueCategory: 'Diálogo',
  },
  ar: {
    calendarName: (organisation) => `Passerelle – ${organisation}`,
    calendarDescription:
      'زيارات الوفود القادمة، واللقاءات المنتظرة مع شركائكم، وآجال الاتفاقيات (الشراكات النشطة).',
    visitSummary: (side, visiting, host, purpose) => {
      switch (side) {
        case 'travelling':
          return `زيارة إلى ${host}: ${purpose}`;
        case 'hosting':
          return `استقبال وفد ${visiting}: ${purpose}`;
        case 'other':
          return `زيارة ${visiting} إلى ${host}: ${purpose}`;
        default: {
          const _exhaustive: never = side;
          return _exhaustive;
        }
      }
    },
    dueSummary: (overdue, audience, partnership) =>
      `${overdue ? 'لقاء متأخر' : 'لقاء يجب عقده'} (${audience}) – ${partnership}`,
    conventionSummary: (kind, partnership) => {
      switch (kind) {
        case 'objection':
          return `آخر يوم للاعتراض على تجديد الاتفاقية – ${partnership}`;
        case 'expiry':
          return `انتهاء أجل الاتفاقية – ${partnership}`;
        case 'notice_end':
          return `انقضاء مهلة الإشعار: تنتهي الاتفاقية – ${partnership}`;
        default: {
          const _exhaustive: never = kind;
          return _exhaustive;
        }
      }
    },
    conventionDescription: (kind, day, renewsTacitly) => {
      switch (kind) {
        case 'objection':
          return `ما لم يعترض أحد الأطراف في أجل أقصاه ${day}، تُجدَّد الاتفاقية ضمنيًا عند انتهاء أجلها.`;
        case 'expiry':
          return renewsTacitly
            ? `ينتهي أجل الاتفاقية يوم ${day}؛ ستُجدَّد ضمنيًا إذ لم يعترض أي طرف.`
            : `ينتهي أجل الاتفاقية يوم ${day}: جدّدوها أو حضّروا لإنهائها.`;
        case 'notice_end':
          return `تنقضي مهلة الإشعار بالفسخ يوم ${day}: تتوقف الاتفاقية عن ترتيب آثارها.`;
        default: {
          const _exhaustive: never = kind;
          return _exhaustive;
        }
      }
    },
    conventionCategory: 'الاتفاقية',
    audiences: {
      elected_officials: 'المنتخَبون',
      technicians: 'التقنيون',
      territory_actors: 'الفاعلون المحليون',
    },
    partnership: 'الشراكة:',
    purpose: 'الموضوع:',
    delegation: 'الوفد:',
    agenda: 'البرنامج:',
    details: 'التفاصيل:',
    audience: 'الفئة المعنية:',
    dueOn: 'الأجل حسب مخطط الحوار:',
    lastExchange: 'آخر لقاء:',
    noExchangeYet: 'لا شيء حتى الآن',
    logExchange: 'تسجيل اللقاء:',
    visitCategory: 'زيارة',
    dialogueCategory: 'الحوار',
  },
};

function uidDomain(publicUrl: string): string {
  return new URL(publicUrl).hostname;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
