import {
  canOptOutOfReminder,
  daysBetween,
  type CalendarDate,
  type DialogueAudience,
  type ReminderKind,
  type InterfaceLanguage,
} from '@passerelle/domain';
import type { OutgoingMail } from '../mail/mail.service';
import { speltDate } from '../common/i18n/spelt-date';

/** A visit as a reminder names it: what for, when, who travels where. */
export interface ReminderVisit {
  purpose: string;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  travellingParty: string;
  hostParty: string;
}

/** Everything a reminder mail says, gathered by the worker from the reminder row and the partnership. */
export interface ReminderMailContent {
  kind: ReminderKind;
  recipientName: string;
  partnershipTitle: string;
  /** The other parties' names, from the recipient's side. */
  otherParties: readonly string[];
  audience: DialogueAudience | null;
  visit: ReminderVisit | null;
  /** The convention's expiry (the renewal date of a tacit renewal). */
  conventionExpiresOn: CalendarDate | null;
  /** The call for projects a funding reminder is about (its name), null for other kinds. */
  fundingCall: string | null;
  /** The day the reminder is about: due date, visit start or end, expiry, objection deadline. */
  subjectDate: CalendarDate;
  /** The recipient's today: "in 7 days" is counted from the delivery, which may be late. */
  today: CalendarDate;
  /** The partnership's page where the matter is handled. */
  link: string;
}

/** One reminder mail to one recipient, in their language. */
export function reminderMail(
  to: string,
  language: InterfaceLanguage,
  content: ReminderMailContent,
): OutgoingMail {
  const words = WORDS[language];
  const phrase = PHRASES[language][content.kind](wordsFor(language, content));
  const lines = [
    words.greeting(content.recipientName),
    '',
    phrase.body,
    '',
    `${words.partnership} ${content.partnershipTitle}`,
    ...(content.otherParties.length ? [`${words.with} ${content.otherParties.join(', ')}`] : []),
    '',
    words.seeOn,
    content.link,
    '',
    canOptOutOfReminder(content.kind) ? words.optOut : words.mandatory,
  ];
  return { to: [to], subject: phrase.subject, text: lines.join('\n') };
}

/** The pieces of a sentence that depend on the content: dates spelt out, counts of days, names. */
interface Pieces {
  title: string;
  others: string;
  audience: string;
  date: string;
  /** "in 7 days", "tomorrow", "today" from the recipient's today to the subject date. */
  inDays: string;
  visitPurpose: string;
  visitSides: string;
  visitStart: string;
  visitEnd: string;
  expiresOn: string;
  call: string;
}

function wordsFor(language: InterfaceLanguage, content: ReminderMailContent): Pieces {
  const words = WORDS[language];
  const date = (value: CalendarDate | null) => (value ? speltDate(value, language) : '');
  return {
    title: content.partnershipTitle,
    others: content.otherParties.length ? content.otherParties.join(', ') : words.yourPartners,
    audience: content.audience ? words.audience[content.audience] : '',
    date: date(content.subjectDate),
    inDays: words.inDays(daysBetween(content.today, content.subjectDate)),
    visitPurpose: content.visit?.purpose ?? '',
    visitSides: content.visit ? words.visitSides(content.visit.travellingParty, content.visit.hostParty) : '',
    visitStart: date(content.visit?.startsOn ?? null),
    visitEnd: date(content.visit?.endsOn ?? null),
    expiresOn: date(content.conventionExpiresOn),
    call: content.fundingCall ?? '',
  };
}

interface Words {
  greeting: (name: string) => string;
  partnership: string;
  with: string;
  yourPartners: string;
  seeOn: string;
  optOut: string;
  mandatory: string;
  audience: Record<DialogueAudience, string>;
  inDays: (days: number) => string;
  visitSides: (travelling: string, host: string) => string;
}

const WORDS: Record<InterfaceLanguage, Words> = {
  fr: {
    greeting: (name) => `Bonjour ${name},`,
    partnership: 'Partenariat :',
    with: 'Avec :',
    yourPartners: 'vos partenaires',
    seeOn: 'Pour voir et agir sur Passerelle :',
    optOut:
      'Vous recevez ce rappel parce que vous suivez ce partenariat. Vous pouvez choisir les rappels que vous recevez dans votre compte Passerelle.',
    mandatory:
      'Ce rappel ne peut pas être désactivé : l’échéance d’une convention engage votre collectivité.',
    audience: {
      elected_officials: 'entre élus',
      technicians: 'entre techniciens',
      territory_actors: 'entre acteurs du territoire',
    },
    inDays: (days) =>
      days > 1
        ? `dans ${days} jours`
        : days === 1
          ? 'demain'
          : days === 0
            ? 'aujourd’hui'
            : `il y a ${-days} jour${days < -1 ? 's' : ''}`,
    visitSides: (travelling, host) => `${travelling} chez ${host}`,
  },
  en: {
    greeting: (name) => `Hello ${name},`,
    partnership: 'Partnership:',
    with: 'With:',
    yourPartners: 'your partners',
    seeOn: 'To see it and act on Passerelle:',
    optOut:
      'You receive this reminder because you follow this partnership. You can choose which reminders you receive in your Passerelle account.',
    mandatory: 'This reminder cannot be turned off: the end of a convention commits your local authority.',
    audience: {
      elected_officials: 'between elected officials',
      technicians: 'between technical staff',
      territory_actors: 'between territory actors',
    },
    inDays: (days) =>
      days > 1
        ? `in ${days} days`
        : days === 1
          ? 'tomorrow'
          : days === 0
            ? 'today'
            : `${-days} day${days < -1 ? 's' : ''} ago`,
    visitSides: (travelling, host) => `${travelling} visiting ${host}`,
  },
  de: {
    greeting: (name) => `Guten Tag ${name},`,
    partnership: 'Partnerschaft:',
    with: 'Mit:',
    yourPartners: 'Ihren Partnern',
    seeOn: 'Ansehen und bearbeiten in Passerelle:',
    optOut:
      'Sie erhalten diese Erinnerung, weil Sie diese Partnerschaft verfolgen. In Ihrem Passerelle-Konto können Sie auswählen, welche Erinnerungen Sie erhalten.',
    mandatory:
      'Diese Erinnerung kann nicht abbestellt werden: Die Fristen einer Partnerschaftsvereinbarung binden Ihre Kommune.',
    audience: {
      elected_officials: 'zwischen Mandatsträger:innen',
      technicians: 'zwischen Fachkräften',
      territory_actors: 'zwischen lokalen Akteuren',
    },
    inDays: (days) =>
      days > 1
        ? `in ${days} Tagen`
        : days === 1
          ? 'morgen'
          : days === 0
            ? 'heute'
            : `vor ${-days} Tag${days < -1 ? 'en' : ''}`,
    visitSides: (travelling, host) => `${travelling} zu Gast bei ${host}`,
  },
  es: {
    greeting: (name) => `Buenos días, ${name}:`,
    partnership: 'Alianza:',
    with: 'Con:',
    yourPartners: 'sus socios',
    seeOn: 'Para verlo y actuar en Passerelle:',
    optOut:
      'Recibe este recordatorio porque sigue esta alianza. Puede elegir qué recordatorios recibe en su cuenta de Passerelle.',
    mandatory:
      'Este recordatorio no se puede desactivar: los plazos de un convenio comprometen a su gobierno local.',
    audience: {
      elected_officials: 'entre cargos electos',
      technicians: 'entre personal técnico',
      territory_actors: 'entre actores del territorio',
    },
    inDays: (days) =>
      days > 1
        ? `dentro de ${days} días`
        : days === 1
          ? 'mañana'
          : days === 0
            ? 'hoy'
            : `hace ${-days} día${days < -1 ? 's' : ''}`,
    visitSides: (travelling, host) => `${travelling} de visita en ${host}`,
  },
  pt: {
    greeting: (name) => `Bom dia, ${name},`,
    partnership: 'Parceria:',
    with: 'Com:',
    yourPartners: 'os seus parceiros',
    seeOn: 'Para ver e agir no Passerelle:',
    optOut:
      'Recebe este lembrete porque acompanha esta parceria. Pode escolher os lembretes que recebe na sua conta Passerelle.',
    mandatory: 'Este lembrete não pode ser desativado: o termo de um acordo vincula a sua autarquia.',
    audience: {
      elected_officials: 'entre eleitos',
      technicians: 'entre técnicos',
      territory_actors: 'entre atores do território',
    },
    inDays: (days) =>
      days > 1
        ? `dentro de ${days} dias`
        : days === 1
          ? 'amanhã'
          : days === 0
            ? 'hoje'
            : `há ${-days} dia${days < -1 ? 's' : ''}`,
    visitSides: (travelling, host) => `${travelling} em visita a ${host}`,
  },
  // Arabic: the sentences are Arabic, the names (partnership titles, authorities, visit purposes) stay as
  // written by their authors, quoted in «…»; a mail client lays the Arabic lines right to left by themselves.
  ar: {
    greeting: (name) => `مرحبًا ${name}،`,
    partnership: 'الشراكة:',
    with: 'مع:',
    yourPartners: 'شركائكم',
    seeOn: 'للاطلاع والتصرف على Passerelle:',
    optOut:
      'يصلكم هذا التذكير لأنكم تتابعون هذه الشراكة. يمكنكم اختيار التذكيرات التي تصلكم من حسابكم على Passerelle.',
    mandatory: 'لا يمكن إيقاف هذا التذكير: انتهاء أجل الاتفاقية يُلزم جماعتكم المحلية.',
    audience: {
      elected_officials: 'بين المنتخَبين',
      technicians: 'بين التقنيين',
      territory_actors: 'بين الفاعلين المحليين',
    },
    inDays: (days) => {
      if (days === 1) return 'غدًا';
      if (days === 0) return 'اليوم';
      if (days === -1) return 'منذ يوم واحد';
      const count = Math.abs(days);
      // Arabic counts: a dual for 2, a plural for 3–10, an accusative singular for 11–99, a genitive from 100.
      const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {
        two: 'يومين',
        few: `${count} أيام`,
        many: `${count} يومًا`,
      };
      const noun = forms[new Intl.PluralRules('ar').select(count)] ?? `${count} يوم`;
      return days > 0 ? `بعد ${noun}` : `منذ ${noun}`;
    },
    visitSides: (travelling, host) => `${travelling} في زيارة إلى ${host}`,
  },
};

type Phrase = (pieces: Pieces) => { subject: string; body: string };

const PHRASES: Record<InterfaceLanguage, Record<ReminderKind, Phrase>> = {
  fr: {
    'dialogue-due': (p) => ({
      subject: `Échange ${p.audience} à tenir d’ici le ${p.date} — « ${p.title} »`,
      body: `Un échange ${p.audience} est attendu avec ${p.others} au plus tard le ${p.date} (${p.inDays}). Une fois l’échange tenu, consignez-le dans le journal du dialogue.`,
    }),
    'dialogue-overdue': (p) => ({
      subject: `La relation s’endort : échange ${p.audience} en retard — « ${p.title} »`,
      body: `L’échange ${p.audience} avec ${p.others} était attendu le ${p.date} et n’a pas été consigné. Entre deux visites de délégation, c’est ainsi que la relation s’endort : proposez une date à vos partenaires, ou consignez l’échange s’il a eu lieu.`,
    }),
    'visit-upcoming': (p) => ({
      subject: `Visite ${p.inDays} : « ${p.visitPurpose} » — « ${p.title} »`,
      body: `La visite « ${p.visitPurpose} » (${p.visitSides}) a lieu du ${p.visitStart} au ${p.visitEnd}, ${p.inDays}. Vérifiez le programme, la délégation et les conseils aux voyageurs.`,
    }),
    'visit-report-missing': (p) => ({
      subject: `Compte rendu à rédiger : visite « ${p.visitPurpose} » — « ${p.title} »`,
      body: `La visite « ${p.visitPurpose} » (${p.visitSides}) s’est terminée le ${p.visitEnd} et son compte rendu n’est pas encore rédigé. Il garde la mémoire de ce qui a été vu et décidé, et des suites à donner.`,
    }),
    'convention-expiring': (p) => ({
      subject: `La convention expire le ${p.date} — « ${p.title} »`,
      body: `La convention du partenariat avec ${p.others} expire le ${p.date} (${p.inDays}). Décidez à temps de la renouveler ou de la laisser prendre fin : la décision revient à votre conseil.`,
    }),
    'convention-tacit-renewal': (p) => ({
      subject: `Reconduction tacite : opposition possible jusqu’au ${p.date} — « ${p.title} »`,
      body: `La convention du partenariat avec ${p.others} sera reconduite tacitement${p.expiresOn ? ` le ${p.expiresOn}` : ''}, sauf opposition notifiée au plus tard le ${p.date} (${p.inDays}).`,
    }),
    'funding-call-closing': (p) => ({
      subject: `L’appel « ${p.call} » se clôt le ${p.date} — « ${p.title} »`,
      body: `Votre candidature à l’appel « ${p.call} » est encore en brouillon et l’appel se clôt le ${p.date} (${p.inDays}). Vérifiez-la au regard des règles de l’appel et déposez-la à temps.`,
    }),
    'funding-report-due': (p) => ({
      subject: `Rapport au financeur attendu le ${p.date} : « ${p.call} » — « ${p.title} »`,
      body: `Un rapport sur la subvention de l’appel « ${p.call} » est attendu le ${p.date} (${p.inDays}). Préparez-le avec vos partenaires et notez son envoi.`,
    }),
  },
  en: {
    'dialogue-due': (p) => ({
      subject: `Exchange ${p.audience} due by ${p.date} — "${p.title}"`,
      body: `An exchange ${p.audience} with ${p.others} is due by ${p.date} (${p.inDays}). Once it has taken place, log it in the dialogue record.`,
    }),
    'dialogue-overdue': (p) => ({
      subject: `The relation is falling asleep: exchange ${p.audience} overdue — "${p.title}"`,
      body: `The exchange ${p.audience} with ${p.others} was due on ${p.date} and has not been logged. This is how a relation falls asleep between two delegation visits: propose a date to your partners, or log the exchange if it took place.`,
    }),
    'visit-upcoming': (p) => ({
      subject: `Visit ${p.inDays}: "${p.visitPurpose}" — "${p.title}"`,
      body: `The visit "${p.visitPurpose}" (${p.visitSides}) takes place from ${p.visitStart} to ${p.visitEnd}, ${p.inDays}. Check the programme, the delegation and the travel advice.`,
    }),
    'visit-report-missing': (p) => ({
      subject: `Report to write: visit "${p.visitPurpose}" — "${p.title}"`,
      body: `The visit "${p.visitPurpose}" (${p.visitSides}) ended on ${p.visitEnd} and its report has not been written yet. It keeps what was seen and decided, and what follows.`,
    }),
    'convention-expiring': (p) => ({
      subject: `The convention expires on ${p.date} — "${p.title}"`,
      body: `The partnership's convention with ${p.others} expires on ${p.date} (${p.inDays}). Decide in time whether to renew it or let it end: the decision is your council's.`,
    }),
    'convention-tacit-renewal': (p) => ({
      subject: `Tacit renewal: objections possible until ${p.date} — "${p.title}"`,
      body: `The partnership's convention with ${p.others} will be renewed tacitly${p.expiresOn ? ` on ${p.expiresOn}` : ''}, unless an objection is notified by ${p.date} (${p.inDays}).`,
    }),
    'funding-call-closing': (p) => ({
      subject: `The call "${p.call}" closes on ${p.date} — "${p.title}"`,
      body: `Your application to the call "${p.call}" is still a draft and the call closes on ${p.date} (${p.inDays}). Check it against the call's rules and submit it in time.`,
    }),
    'funding-report-due': (p) => ({
      subject: `Report to the funder due on ${p.date}: "${p.call}" — "${p.title}"`,
      body: `A report on the grant of the call "${p.call}" is due on ${p.date} (${p.inDays}). Prepare it with your partners and record when it is sent.`,
    }),
  },
  de: {
    'dialogue-due': (p) => ({
      subject: `Austausch ${p.audience} fällig bis zum ${p.date} — „${p.title}“`,
      body: `Ein Austausch ${p.audience} mit ${p.others} ist spätestens am ${p.date} fällig (${p.inDays}). Sobald er stattgefunden hat, tragen Sie ihn bitte in das Dialogprotokoll ein.`,
    }),
    'dialogue-overdue': (p) => ({
      subject: `Die Beziehung schläft ein: Austausch ${p.audience} überfällig — „${p.title}“`,
      body: `Der Austausch ${p.audience} mit ${p.others} war am ${p.date} fällig und wurde nicht eingetragen. So schläft eine Beziehung zwischen zwei Delegationsreisen ein: Schlagen Sie Ihren Partnern einen Termin vor oder tragen Sie den Austausch ein, falls er stattgefunden hat.`,
    }),
    'visit-upcoming': (p) => ({
      subject: `Besuch ${p.inDays}: „${p.visitPurpose}“ — „${p.title}“`,
      body: `Der Besuch „${p.visitPurpose}“ (${p.visitSides}) findet vom ${p.visitStart} bis zum ${p.visitEnd} statt, ${p.inDays}. Bitte prüfen Sie das Programm, die Delegation und die Reise- und Sicherheitshinweise.`,
    }),
    'visit-report-missing': (p) => ({
      subject: `Bericht ausstehend: Besuch „${p.visitPurpose}“ — „${p.title}“`,
      body: `Der Besuch „${p.visitPurpose}“ (${p.visitSides}) endete am ${p.visitEnd}, der Bericht ist noch nicht verfasst. Er hält fest, was gesehen und beschlossen wurde und welche nächsten Schritte folgen.`,
    }),
    'convention-expiring': (p) => ({
      subject: `Die Partnerschaftsvereinbarung läuft am ${p.date} aus — „${p.title}“`,
      body: `Die Partnerschaftsvereinbarung mit ${p.others} läuft am ${p.date} aus (${p.inDays}). Entscheiden Sie rechtzeitig, ob sie verlängert wird oder endet: Die Entscheidung liegt bei Ihrem Rat.`,
    }),
    'convention-tacit-renewal': (p) => ({
      subject: `Stillschweigende Verlängerung: Widerspruch bis zum ${p.date} möglich — „${p.title}“`,
      body: `Die Partnerschaftsvereinbarung mit ${p.others} verlängert sich stillschweigend${p.expiresOn ? ` am ${p.expiresOn}` : ''}, sofern nicht spätestens am ${p.date} (${p.inDays}) Widerspruch eingelegt wird.`,
    }),
    'funding-call-closing': (p) => ({
      subject: `Der Förderaufruf „${p.call}“ endet am ${p.date} — „${p.title}“`,
      body: `Ihr Antrag zum Förderaufruf „${p.call}“ ist noch ein Entwurf, und der Aufruf endet am ${p.date} (${p.inDays}). Prüfen Sie ihn anhand der Regeln des Aufrufs und reichen Sie ihn rechtzeitig ein.`,
    }),
    'funding-report-due': (p) => ({
      subject: `Bericht an den Geldgeber fällig am ${p.date}: „${p.call}“ — „${p.title}“`,
      body: `Ein Bericht über die Förderung aus dem Aufruf „${p.call}“ ist am ${p.date} fällig (${p.inDays}). Bereiten Sie ihn mit Ihren Partnern vor und vermerken Sie den Versand.`,
    }),
  },
  es: {
    'dialogue-due': (p) => ({
      subject: `Intercambio ${p.audience} previsto a más tardar el ${p.date} — «${p.title}»`,
      body: `Se espera un intercambio ${p.audience} con ${p.others} a más tardar el ${p.date} (${p.inDays}). Una vez celebrado, regístrelo en el registro del diálogo.`,
    }),
    'dialogue-overdue': (p) => ({
      subject: `La relación se adormece: intercambio ${p.audience} atrasado — «${p.title}»`,
      body: `El intercambio ${p.audience} con ${p.others} estaba previsto para el ${p.date} y no se ha registrado. Así es como la relación se adormece entre dos visitas de delegación: proponga una fecha a sus socios o registre el intercambio si ya tuvo lugar.`,
    }),
    'visit-upcoming': (p) => ({
      subject: `Visita ${p.inDays}: «${p.visitPurpose}» — «${p.title}»`,
      body: `La visita «${p.visitPurpose}» (${p.visitSides}) tendrá lugar del ${p.visitStart} al ${p.visitEnd}, ${p.inDays}. Compruebe el programa, la delegación y las recomendaciones de viaje.`,
    }),
    'visit-report-missing': (p) => ({
      subject: `Informe pendiente: visita «${p.visitPurpose}» — «${p.title}»`,
      body: `La visita «${p.visitPurpose}» (${p.visitSides}) terminó el ${p.visitEnd} y su informe aún no se ha redactado. El informe conserva la memoria de lo que se vio y se decidió, y de los pasos siguientes.`,
    }),
    'convention-expiring': (p) => ({
      subject: `El convenio vence el ${p.date} — «${p.title}»`,
      body: `El convenio de la alianza con ${p.others} vence el ${p.date} (${p.inDays}). Decida a tiempo si lo renueva o lo deja terminar: la decisión corresponde a su pleno.`,
    }),
    'convention-tacit-renewal': (p) => ({
      subject: `Prórroga tácita: oposición posible hasta el ${p.date} — «${p.title}»`,
      body: `El convenio de la alianza con ${p.others} se prorrogará tácitamente${p.expiresOn ? ` el ${p.expiresOn}` : ''}, salvo oposición notificada a más tardar el ${p.date} (${p.inDays}).`,
    }),
    'funding-call-closing': (p) => ({
      subject: `La convocatoria «${p.call}» se cierra el ${p.date} — «${p.title}»`,
      body: `Su solicitud a la convocatoria «${p.call}» sigue en borrador y la convocatoria se cierra el ${p.date} (${p.inDays}). Compruébela con las reglas de la convocatoria y preséntela a tiempo.`,
    }),
    'funding-report-due': (p) => ({
      subject: `Informe al financiador previsto para el ${p.date}: «${p.call}» — «${p.title}»`,
      body: `Se espera un informe sobre la subvención de la convocatoria «${p.call}» para el ${p.date} (${p.inDays}). Prepárelo con sus socios y registre su envío.`,
    }),
  },
  pt: {
    'dialogue-due': (p) => ({
      subject: `Troca ${p.audience} a realizar até ${p.date} — «${p.title}»`,
      body: `É esperada uma troca ${p.audience} com ${p.others} até ${p.date} (${p.inDays}). Depois de realizada, registe-a no diário do diálogo.`,
    }),
    'dialogue-overdue': (p) => ({
      subject: `A relação está a adormecer: troca ${p.audience} em atraso — «${p.title}»`,
      body: `A troca ${p.audience} com ${p.others} era esperada em ${p.date} e não foi registada. É assim que, entre duas missões de delegação, a relação adormece: proponha uma data aos seus parceiros, ou registe a troca se esta se realizou.`,
    }),
    'visit-upcoming': (p) => ({
      subject: `Missão ${p.inDays}: «${p.visitPurpose}» — «${p.title}»`,
      body: `A missão «${p.visitPurpose}» (${p.visitSides}) realiza-se de ${p.visitStart} a ${p.visitEnd}, ${p.inDays}. Verifique o programa, a delegação e os conselhos aos viajantes.`,
    }),
    'visit-report-missing': (p) => ({
      subject: `Relatório por redigir: missão «${p.visitPurpose}» — «${p.title}»`,
      body: `A missão «${p.visitPurpose}» (${p.visitSides}) terminou em ${p.visitEnd} e o seu relatório ainda não foi redigido. Ele guarda a memória do que foi visto e decidido, e do seguimento a dar.`,
    }),
    'convention-expiring': (p) => ({
      subject: `O acordo expira em ${p.date} — «${p.title}»`,
      body: `O acordo da parceria com ${p.others} expira em ${p.date} (${p.inDays}). Decida a tempo se o renova ou se o deixa terminar: a decisão cabe ao seu órgão deliberativo.`,
    }),
    'convention-tacit-renewal': (p) => ({
      subject: `Renovação tácita: oposição possível até ${p.date} — «${p.title}»`,
      body: `O acordo da parceria com ${p.others} será renovado tacitamente${p.expiresOn ? ` em ${p.expiresOn}` : ''}, salvo oposição notificada até ${p.date} (${p.inDays}).`,
    }),
    'funding-call-closing': (p) => ({
      subject: `O concurso «${p.call}» encerra em ${p.date} — «${p.title}»`,
      body: `A sua candidatura ao concurso «${p.call}» ainda está em rascunho e o concurso encerra em ${p.date} (${p.inDays}). Verifique-a à luz das regras do concurso e apresente-a a tempo.`,
    }),
    'funding-report-due': (p) => ({
      subject: `Relatório ao financiador esperado em ${p.date}: «${p.call}» — «${p.title}»`,
      body: `É esperado um relatório sobre a subvenção do concurso «${p.call}» em ${p.date} (${p.inDays}). Prepare-o com os seus parceiros e registe o seu envio.`,
    }),
  },
  ar: {
    'dialogue-due': (p) => ({
      subject: `لقاء ${p.audience} مقرّر في أجل أقصاه ${p.date} — «${p.title}»`,
      body: `يُنتظر لقاء ${p.audience} مع ${p.others} في أجل أقصاه ${p.date} (${p.inDays}). بعد انعقاده، سجّلوه في سجل الحوار.`,
    }),
    'dialogue-overdue': (p) => ({
      subject: `العلاقة تخمد: لقاء ${p.audience} متأخر — «${p.title}»`,
      body: `كان اللقاء ${p.audience} مع ${p.others} منتظرًا يوم ${p.date} ولم يُسجَّل. هكذا تخمد العلاقة بين زيارتين للوفد: اقترحوا موعدًا على شركائكم، أو سجّلوا اللقاء إن كان قد انعقد.`,
    }),
    'visit-upcoming': (p) => ({
      subject: `زيارة ${p.inDays}: «${p.visitPurpose}» — «${p.title}»`,
      body: `تجري الزيارة «${p.visitPurpose}» (${p.visitSides}) من ${p.visitStart} إلى ${p.visitEnd}، ${p.inDays}. تحققوا من البرنامج والوفد ونصائح السفر.`,
    }),
    'visit-report-missing': (p) => ({
      subject: `تقرير يجب تحريره: الزيارة «${p.visitPurpose}» — «${p.title}»`,
      body: `انتهت الزيارة «${p.visitPurpose}» (${p.visitSides}) يوم ${p.visitEnd} ولم يُحرَّر تقريرها بعد. فهو يحفظ ما شوهد وما تقرّر وما يجب متابعته.`,
    }),
    'convention-expiring': (p) => ({
      subject: `تنتهي الاتفاقية يوم ${p.date} — «${p.title}»`,
      body: `تنتهي اتفاقية الشراكة مع ${p.others} يوم ${p.date} (${p.inDays}). قرّروا في الوقت المناسب تجديدها أو تركها تنتهي: القرار يعود إلى مجلسكم.`,
    }),
    'convention-tacit-renewal': (p) => ({
      subject: `التجديد الضمني: الاعتراض ممكن حتى ${p.date} — «${p.title}»`,
      body: `ستُجدَّد اتفاقية الشراكة مع ${p.others} تجديدًا ضمنيًا${p.expiresOn ? ` يوم ${p.expiresOn}` : ''}، ما لم يُبلَّغ اعتراض في أجل أقصاه ${p.date} (${p.inDays}).`,
    }),
    'funding-call-closing': (p) => ({
      subject: `تُغلق الدعوة لتقديم المشاريع «${p.call}» يوم ${p.date} — «${p.title}»`,
      body: `ترشحكم للدعوة «${p.call}» ما زال مسودة، والدعوة تُغلق يوم ${p.date} (${p.inDays}). تحققوا منه في ضوء قواعد الدعوة وأودعوه في الوقت المناسب.`,
    }),
    'funding-report-due': (p) => ({
      subject: `تقرير للجهة المموِّلة منتظر يوم ${p.date}: «${p.call}» — «${p.title}»`,
      body: `يُنتظر تقرير عن منحة الدعوة «${p.call}» يوم ${p.date} (${p.inDays}). أعدّوه مع شركائكم وسجّلوا إرساله.`,
    }),
  },
};
