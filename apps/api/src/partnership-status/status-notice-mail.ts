import type { InterfaceLanguage } from '@passerelle/domain';
import type { OutgoingMail } from '../mail/mail.service';
import { speltDate } from '../common/i18n/spelt-date';

export const STATUS_NOTICE_KINDS = [
  'partnership_suspended',
  'partnership_terminated',
  'convention_suspended',
  'convention_terminated',
  'rupture_proposed',
  'rupture_answered',
  'rupture_withdrawn',
  'rupture_decided',
] as const;
export type StatusNoticeKind = (typeof STATUS_NOTICE_KINDS)[number];

/** What the other parties are told when one party suspends or ends the relation or the convention. */
export interface StatusNotice {
  kind: StatusNoticeKind;
  partnershipTitle: string;
  decidedBy: string;
  decidedByOrganisation: string;
  reason: string;
  /** Suspensions: the day it began. */
  since: string | null;
  /** Terminations: the day notice was given and the day it takes effect. */
  noticeGivenOn: string | null;
  effectiveOn: string | null;
  /** A rupture's decision: the elected body and its deliberation ("Conseil municipal, DEL-114 of …"). */
  deliberation: { body: string; reference: string; adoptedOn: string } | null;
  link: string;
}

/** One mail to one recipient, in that recipient's language. */
export function statusNoticeMail(
  to: string,
  language: InterfaceLanguage,
  notice: StatusNotice,
): OutgoingMail {
  const text = TEXTS[language];
  const date = (value: string | null) => (value ? speltDate(value, language) : '');
  const lines = [
    text.intro[notice.kind](notice.decidedByOrganisation, notice.partnershipTitle),
    '',
    `${text.decidedBy} ${notice.decidedBy} (${notice.decidedByOrganisation})`,
    `${text.reason} ${notice.reason}`,
    ...(notice.deliberation
      ? [
          `${text.deliberation} ${notice.deliberation.body}, ${notice.deliberation.reference} (${date(notice.deliberation.adoptedOn)})`,
        ]
      : []),
    ...(notice.since ? [`${text.since} ${date(notice.since)}`] : []),
    ...(notice.noticeGivenOn ? [`${text.noticeGivenOn} ${date(notice.noticeGivenOn)}`] : []),
    ...(notice.effectiveOn ? [`${text.effectiveOn} ${date(notice.effectiveOn)}`] : []),
    '',
    text.details,
    notice.link,
  ];
  return { to: [to], subject: text.subject[notice.kind](notice.partnershipTitle), text: lines.join('\n') };
}

type Phrase = (organisation: string, title: string) => string;

interface NoticeTexts {
  subject: Record<StatusNoticeKind, (title: string) => string>;
  intro: Record<StatusNoticeKind, Phrase>;
  decidedBy: string;
  reason: string;
  since: string;
  noticeGivenOn: string;
  effectiveOn: string;
  deliberation: string;
  details: string;
}

const TEXTS: Record<InterfaceLanguage, NoticeTexts> = {
  fr: {
    subject: {
      partnership_suspended: (title) => `Partenariat « ${title} » suspendu`,
      partnership_terminated: (title) => `Fin du partenariat « ${title} »`,
      convention_suspended: (title) => `Convention du partenariat « ${title} » suspendue`,
      convention_terminated: (title) => `Fin de la convention du partenariat « ${title} »`,
      rupture_proposed: (title) => `Proposition de rupture du partenariat « ${title} » : votre avis`,
      rupture_answered: (title) => `Réponse à la proposition de rupture du partenariat « ${title} »`,
      rupture_withdrawn: (title) => `Rupture du partenariat « ${title} » retirée`,
      rupture_decided: (title) => `Rupture du partenariat « ${title} » décidée : préavis`,
    },
    intro: {
      partnership_suspended: (organisation, title) =>
        `${organisation} a suspendu le partenariat « ${title} ».`,
      partnership_terminated: (organisation, title) =>
        `${organisation} a décidé de mettre fin au partenariat « ${title} ».`,
      convention_suspended: (organisation, title) =>
        `${organisation} a suspendu la convention du partenariat « ${title} ».`,
      convention_terminated: (organisation, title) =>
        `${organisation} a décidé de mettre fin à la convention du partenariat « ${title} ».`,
      rupture_proposed: (organisation, title) =>
        `${organisation} envisage de mettre fin au partenariat « ${title} » et ouvre la négociation : vous pouvez répondre sur Passerelle avant toute décision.`,
      rupture_answered: (organisation, title) =>
        `${organisation} a répondu à la proposition de rupture du partenariat « ${title} ».`,
      rupture_withdrawn: (organisation, title) =>
        `${organisation} a retiré sa proposition de rupture du partenariat « ${title} » : le partenariat continue.`,
      rupture_decided: (organisation, title) =>
        `L’assemblée délibérante de ${organisation} a décidé de mettre fin au partenariat « ${title} ». Pendant le préavis, le partenariat continue : échanges, actions à achever, vos réponses.`,
    },
    decidedBy: 'Décision prise par :',
    reason: 'Motif :',
    since: 'Depuis le :',
    noticeGivenOn: 'Préavis donné le :',
    effectiveOn: 'Prend effet le :',
    deliberation: 'Délibération :',
    details: 'Le détail, dont le sort de chaque action en cours, est sur Passerelle :',
  },
  en: {
    subject: {
      partnership_suspended: (title) => `Partnership "${title}" suspended`,
      partnership_terminated: (title) => `End of the partnership "${title}"`,
      convention_suspended: (title) => `Convention of the partnership "${title}" suspended`,
      convention_terminated: (title) => `End of the convention of the partnership "${title}"`,
      rupture_proposed: (title) => `Proposed end of the partnership "${title}": your view`,
      rupture_answered: (title) => `Answer to the proposed end of the partnership "${title}"`,
      rupture_withdrawn: (title) => `Proposed end of the partnership "${title}" withdrawn`,
      rupture_decided: (title) => `End of the partnership "${title}" decided: notice`,
    },
    intro: {
      partnership_suspended: (organisation, title) =>
        `${organisation} has suspended the partnership "${title}".`,
      partnership_terminated: (organisation, title) =>
        `${organisation} has decided to end the partnership "${title}".`,
      convention_suspended: (organisation, title) =>
        `${organisation} has suspended the convention of the partnership "${title}".`,
      convention_terminated: (organisation, title) =>
        `${organisation} has decided to end the convention of the partnership "${title}".`,
      rupture_proposed: (organisation, title) =>
        `${organisation} is considering ending the partnership "${title}" and opens the negotiation: you can answer on Passerelle before any decision.`,
      rupture_answered: (organisation, title) =>
        `${organisation} has answered the proposed end of the partnership "${title}".`,
      rupture_withdrawn: (organisation, title) =>
        `${organisation} has withdrawn its proposal to end the partnership "${title}": the partnership goes on.`,
      rupture_decided: (organisation, title) =>
        `The elected body of ${organisation} has decided to end the partnership "${title}". During the notice the partnership goes on: exchanges, actions to complete, your answers.`,
    },
    decidedBy: 'Decided by:',
    reason: 'Reason:',
    since: 'Since:',
    noticeGivenOn: 'Notice given on:',
    effectiveOn: 'Takes effect on:',
    deliberation: 'Deliberation:',
    details: 'The details, including what happens to each ongoing action, are on Passerelle:',
  },
  de: {
    subject: {
      partnership_suspended: (title) => `Partnerschaft „${title}“ ausgesetzt`,
      partnership_terminated: (title) => `Ende der Partnerschaft „${title}“`,
      convention_suspended: (title) => `Partnerschaftsvereinbarung der Partnerschaft „${title}“ ausgesetzt`,
      convention_terminated: (title) => `Ende der Partnerschaftsvereinbarung der Partnerschaft „${title}“`,
      rupture_proposed: (title) =>
        `Vorgeschlagene Beendigung der Partnerschaft „${title}“: Ihre Stellungnahme`,
      rupture_answered: (title) => `Antwort auf die vorgeschlagene Beendigung der Partnerschaft „${title}“`,
      rupture_withdrawn: (title) => `Vorschlag zur Beendigung der Partnerschaft „${title}“ zurückgezogen`,
      rupture_decided: (title) => `Beendigung der Partnerschaft „${title}“ beschlossen: Kündigungsfrist`,
    },
    intro: {
      partnership_suspended: (organisation, title) =>
        `${organisation} hat die Partnerschaft „${title}“ ausgesetzt.`,
      partnership_terminated: (organisation, title) =>
        `${organisation} hat beschlossen, die Partnerschaft „${title}“ zu beenden.`,
      convention_suspended: (organisation, title) =>
        `${organisation} hat die Partnerschaftsvereinbarung der Partnerschaft „${title}“ ausgesetzt.`,
      convention_terminated: (organisation, title) =>
        `${organisation} hat beschlossen, die Partnerschaftsvereinbarung der Partnerschaft „${title}“ zu beenden.`,
      rupture_proposed: (organisation, title) =>
        `${organisation} erwägt, die Partnerschaft „${title}“ zu beenden, und eröffnet die Verhandlung: Sie können vor jeder Entscheidung in Passerelle antworten.`,
      rupture_answered: (organisation, title) =>
        `${organisation} hat auf den Vorschlag zur Beendigung der Partnerschaft „${title}“ geantwortet.`,
      rupture_withdrawn: (organisation, title) =>
        `${organisation} hat den Vorschlag zur Beendigung der Partnerschaft „${title}“ zurückgezogen: Die Partnerschaft wird fortgesetzt.`,
      rupture_decided: (organisation, title) =>
        `Der Rat von ${organisation} hat beschlossen, die Partnerschaft „${title}“ zu beenden. Während der Kündigungsfrist wird die Partnerschaft fortgesetzt: Austausche, abzuschließende Maßnahmen, Ihre Antworten.`,
    },
    decidedBy: 'Entschieden von:',
    reason: 'Begründung:',
    since: 'Seit:',
    noticeGivenOn: 'Gekündigt am:',
    effectiveOn: 'Wirksam ab:',
    deliberation: 'Ratsbeschluss:',
    details: 'Die Einzelheiten, darunter was aus jeder laufenden Maßnahme wird, finden Sie in Passerelle:',
  },
  es: {
    subject: {
      partnership_suspended: (title) => `Alianza «${title}» suspendida`,
      partnership_terminated: (title) => `Fin de la alianza «${title}»`,
      convention_suspended: (title) => `Convenio de la alianza «${title}» suspendido`,
      convention_terminated: (title) => `Fin del convenio de la alianza «${title}»`,
      rupture_proposed: (title) => `Propuesta de ruptura de la alianza «${title}»: su opinión`,
      rupture_answered: (title) => `Respuesta a la propuesta de ruptura de la alianza «${title}»`,
      rupture_withdrawn: (title) => `Retirada la propuesta de ruptura de la alianza «${title}»`,
      rupture_decided: (title) => `Ruptura de la alianza «${title}» acordada: preaviso`,
    },
    intro: {
      partnership_suspended: (organisation, title) => `${organisation} ha suspendido la alianza «${title}».`,
      partnership_terminated: (organisation, title) =>
        `${organisation} ha decidido poner fin a la alianza «${title}».`,
      convention_suspended: (organisation, title) =>
        `${organisation} ha suspendido el convenio de la alianza «${title}».`,
      convention_terminated: (organisation, title) =>
        `${organisation} ha decidido poner fin al convenio de la alianza «${title}».`,
      rupture_proposed: (organisation, title) =>
        `${organisation} se plantea poner fin a la alianza «${title}» y abre la negociación: puede responder en Passerelle antes de cualquier decisión.`,
      rupture_answered: (organisation, title) =>
        `${organisation} ha respondido a la propuesta de ruptura de la alianza «${title}».`,
      rupture_withdrawn: (organisation, title) =>
        `${organisation} ha retirado su propuesta de ruptura de la alianza «${title}»: la alianza continúa.`,
      rupture_decided: (organisation, title) =>
        `El órgano deliberante de ${organisation} ha acordado poner fin a la alianza «${title}». Durante el preaviso, la alianza continúa: intercambios, acciones por concluir, sus respuestas.`,
    },
    decidedBy: 'Decisión tomada por:',
    reason: 'Motivo:',
    since: 'Desde el:',
    noticeGivenOn: 'Preaviso notificado el:',
    effectiveOn: 'Surte efecto el:',
    deliberation: 'Acuerdo del pleno:',
    details: 'El detalle, incluido el destino de cada acción en curso, está en Passerelle:',
  },
  pt: {
    subject: {
      partnership_suspended: (title) => `Parceria «${title}» suspensa`,
      partnership_terminated: (title) => `Fim da parceria «${title}»`,
      convention_suspended: (title) => `Acordo da parceria «${title}» suspenso`,
      convention_terminated: (title) => `Fim do acordo da parceria «${title}»`,
      rupture_proposed: (title) => `Proposta de rutura da parceria «${title}»: o seu parecer`,
      rupture_answered: (title) => `Resposta à proposta de rutura da parceria «${title}»`,
      rupture_withdrawn: (title) => `Rutura da parceria «${title}» retirada`,
      rupture_decided: (title) => `Rutura da parceria «${title}» decidida: pré-aviso`,
    },
    intro: {
      partnership_suspended: (organisation, title) => `${organisation} suspendeu a parceria «${title}».`,
      partnership_terminated: (organisation, title) =>
        `${organisation} decidiu pôr termo à parceria «${title}».`,
      convention_suspended: (organisation, title) =>
        `${organisation} suspendeu o acordo da parceria «${title}».`,
      convention_terminated: (organisation, title) =>
        `${organisation} decidiu pôr termo ao acordo da parceria «${title}».`,
      rupture_proposed: (organisation, title) =>
        `${organisation} pondera pôr termo à parceria «${title}» e abre a negociação: pode responder no Passerelle antes de qualquer decisão.`,
      rupture_answered: (organisation, title) =>
        `${organisation} respondeu à proposta de rutura da parceria «${title}».`,
      rupture_withdrawn: (organisation, title) =>
        `${organisation} retirou a sua proposta de rutura da parceria «${title}»: a parceria continua.`,
      rupture_decided: (organisation, title) =>
        `O órgão deliberativo de ${organisation} decidiu pôr termo à parceria «${title}». Durante o pré-aviso, a parceria continua: trocas, ações a concluir, as suas respostas.`,
    },
    decidedBy: 'Decisão tomada por:',
    reason: 'Motivo:',
    since: 'Desde:',
    noticeGivenOn: 'Pré-aviso dado em:',
    effectiveOn: 'Produz efeitos em:',
    deliberation: 'Deliberação:',
    details: 'O detalhe, incluindo o destino de cada ação em curso, está no Passerelle:',
  },
  // Arabic: the sentences are Arabic; the authority and the partnership keep their names as written, in «…».
  ar: {
    subject: {
      partnership_suspended: (title) => `تعليق الشراكة «${title}»`,
      partnership_terminated: (title) => `إنهاء الشراكة «${title}»`,
      convention_suspended: (title) => `تعليق اتفاقية الشراكة «${title}»`,
      convention_terminated: (title) => `إنهاء اتفاقية الشراكة «${title}»`,
      rupture_proposed: (title) => `اقتراح إنهاء الشراكة «${title}»: رأيكم`,
      rupture_answered: (title) => `الرد على اقتراح إنهاء الشراكة «${title}»`,
      rupture_withdrawn: (title) => `سحب اقتراح إنهاء الشراكة «${title}»`,
      rupture_decided: (title) => `تقرّر إنهاء الشراكة «${title}»: مهلة الإشعار`,
    },
    intro: {
      partnership_suspended: (organisation, title) => `علّقت ${organisation} الشراكة «${title}».`,
      partnership_terminated: (organisation, title) => `قرّرت ${organisation} إنهاء الشراكة «${title}».`,
      convention_suspended: (organisation, title) => `علّقت ${organisation} اتفاقية الشراكة «${title}».`,
      convention_terminated: (organisation, title) =>
        `قرّرت ${organisation} إنهاء اتفاقية الشراكة «${title}».`,
      rupture_proposed: (organisation, title) =>
        `تعتزم ${organisation} إنهاء الشراكة «${title}» وتفتح باب التفاوض: يمكنكم الرد على Passerelle قبل أي قرار.`,
      rupture_answered: (organisation, title) => `ردّت ${organisation} على اقتراح إنهاء الشراكة «${title}».`,
      rupture_withdrawn: (organisation, title) =>
        `سحبت ${organisation} اقتراحها إنهاء الشراكة «${title}»: الشراكة مستمرة.`,
      rupture_decided: (organisation, title) =>
        `قرّر المجلس التداولي لـ${organisation} إنهاء الشراكة «${title}». خلال مهلة الإشعار تستمر الشراكة: اللقاءات، والأنشطة الواجب إتمامها، وردودكم.`,
    },
    decidedBy: 'اتخذ القرار:',
    reason: 'السبب:',
    since: 'منذ:',
    noticeGivenOn: 'تاريخ الإشعار:',
    effectiveOn: 'يسري ابتداءً من:',
    deliberation: 'المداولة:',
    details: 'التفاصيل، ومنها مصير كل نشاط جارٍ، على Passerelle:',
  },
};
