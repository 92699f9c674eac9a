import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { partnershipStatusFr } from './fr';

export const partnershipStatusDe: Catalogue<typeof partnershipStatusFr> = {
  partnershipStatus: {
    title: 'Status der Partnerschaft',
    badges: {
      active: 'Aktiv',
      suspended: 'Ausgesetzt',
      noticeRunning: 'Kündigungsfrist läuft',
      terminated: 'Beendet',
    },
    active: 'Die Partnerschaft ist aktiv.',
    suspendedSince: 'Die Partnerschaft ist seit {{date}} ausgesetzt.',
    suspendedEffect:
      'Die Schritte ruhen bis zur Wiederaufnahme; alles Erledigte bleibt für jede Partei einsehbar.',
    noticeRunning:
      'Die Partnerschaft wurde am {{decidedOn}} beendet. Die Kündigungsfrist läuft: Das Ende wird am {{effectiveOn}} wirksam.',
    terminated: 'Die Partnerschaft endete am {{effectiveOn}}.',
    frozen:
      'Nichts kann mehr geändert werden; ihr Verlauf bleibt für jede Partei einsehbar. Nichts wurde gelöscht.',
    reason: 'Grund',
    decidedOn: 'Entschieden am',
    noticeGivenOn: 'Gekündigt am',
    effectiveOn: 'Wirksam ab',
    fatesTitle: 'Umgang mit laufenden Maßnahmen',
    noActionDecisions: 'Es lief keine Maßnahme.',
    unknownAction: 'Maßnahme ohne bekannten Titel',
    fateOf: '{{title}}: {{fate}}',
    fates: {
      complete_during_notice: 'während der Kündigungsfrist abgeschlossen',
      hand_over: 'an einen anderen Träger übergeben',
      stop: 'eingestellt (Maßnahme storniert)',
    },
    fateChoices: {
      none: '— Wählen —',
      complete_during_notice: 'während der Kündigungsfrist abschließen',
      hand_over: 'an einen anderen Träger übergeben',
      stop: 'einstellen (sie wird storniert)',
    },
    actionStatuses: {
      planned: 'Maßnahme geplant',
      in_progress: 'Maßnahme laufend',
      on_hold: 'Maßnahme pausiert',
      completed: 'Maßnahme abgeschlossen',
      cancelled: 'Maßnahme storniert',
    },
    conflict:
      'Die Partnerschaft hat sich zwischenzeitlich geändert: Ihr Status wurde neu geladen, prüfen Sie ihn und versuchen Sie es bei Bedarf erneut.',
    cancel: 'Abbrechen',
    suspend: {
      open: 'Partnerschaft aussetzen',
      title: 'Partnerschaft aussetzen',
      intro:
        'Geben Sie den Grund an. Die anderen Parteien werden per E-Mail informiert; die Partnerschaft kann danach wieder aufgenommen werden.',
      reason: 'Grund für die Aussetzung',
      reasonRequired: 'Geben Sie den Grund für die Aussetzung an.',
      submit: 'Aussetzung bestätigen',
      done: 'Die Partnerschaft ist ausgesetzt. Die anderen Parteien werden per E-Mail informiert.',
    },
    resume: {
      submit: 'Partnerschaft wieder aufnehmen',
      done: 'Die Partnerschaft wurde wieder aufgenommen.',
    },
    terminate: {
      open: 'Partnerschaft beenden',
      title: 'Partnerschaft beenden',
      intro:
        'Keine Vereinbarung bindet die Parteien: Die Beendigung ist ein einfacher Akt mit sofortiger Wirkung, niemals eine Löschung — ein Grund und eine Entscheidung für jede laufende Maßnahme. Der Verlauf bleibt für jede Partei einsehbar. Ein Ende mit Kündigungsfrist läuft über die verhandelte Beendigung unten.',
      reason: 'Grund für die Beendigung der Partnerschaft',
      reasonRequired: 'Geben Sie den Grund für die Beendigung der Partnerschaft an.',
      noticeGivenOn: 'Gekündigt am',
      noticeGivenOnHint: 'Der Tag, an dem der Partner benachrichtigt wurde, spätestens heute.',
      effectiveOn: 'Wirksamkeitsdatum der Beendigung',
      abandonHint:
        'Sofortige Wirkung: Ein aufgeschobenes Ende mit Kündigungsfrist läuft über die verhandelte Beendigung.',
      dateRequired: 'Geben Sie ein Datum an.',
      noticeTooShort_one:
        'Die dem Partner geschuldete Kündigungsfrist beträgt {{count}} Tag; die gewählten Daten lassen nur {{given}}.',
      noticeTooShort_other:
        'Die dem Partner geschuldete Kündigungsfrist beträgt {{count}} Tage; die gewählten Daten lassen nur {{given}}.',
      noticeInFuture: 'Die Kündigung muss spätestens heute ausgesprochen worden sein.',
      actionsTitle: 'Umgang mit laufenden Maßnahmen',
      actionsIntro: 'Entscheiden Sie, was aus jeder wird: Kein Projekt wird ohne Entscheidung abgebrochen.',
      noOngoingActions: 'Es läuft keine Maßnahme.',
      actionFate: 'Umgang mit der Maßnahme „{{title}}“',
      decisionRequired: 'Wählen Sie, was aus dieser Maßnahme wird.',
      decisionsMissing_one:
        'Entscheiden Sie über jede laufende Maßnahme, bevor Sie die Partnerschaft beenden: {{count}} Maßnahme wartet noch auf eine Entscheidung.',
      decisionsMissing_other:
        'Entscheiden Sie über jede laufende Maßnahme, bevor Sie die Partnerschaft beenden: {{count}} Maßnahmen warten noch auf eine Entscheidung.',
      review: 'Vor dem Bestätigen prüfen',
      confirmTitle: 'Beendigung der Partnerschaft bestätigen',
      confirmText:
        'Gekündigt am {{noticeGivenOn}}, wirksames Ende am {{effectiveOn}}. Die anderen Parteien werden per E-Mail informiert.',
      confirmFinal:
        'Diese Entscheidung ist endgültig: Die Partnerschaft kann weder geändert noch wieder aufgenommen werden.',
      confirm: 'Beendigung bestätigen',
      back: 'Zurück zum Formular',
      done: 'Die Partnerschaft wurde beendet. Die anderen Parteien werden per E-Mail informiert.',
    },
  },
  rupture: {
    title: 'Verhandelte Beendigung',
    none: 'Es ist keine Beendigung vorgesehen. Eine Partnerschaft, die durch eine Vereinbarung gebunden ist, wird in diesen Schritten beendet: Vorschlag an den Partner und Verhandlung, Beschluss des Rates, Kündigungsfrist, während der die Partnerschaft weiterläuft, dann Ende.',
    stages: {
      negotiating: 'Verhandlung läuft',
      notice: 'Kündigungsfrist läuft',
      withdrawn: 'Beendigung zurückgezogen',
      ended: 'Beendigung wirksam',
    },
    proposed: 'Beendigung vorgeschlagen von {{party}} am {{date}}.',
    deliberation: 'Ratsbeschluss',
    deliberationText: '{{body}}, Beschluss {{reference}} vom {{date}}',
    awaiting: 'Warten auf die Antwort von: {{parties}}.',
    heard: 'Der Partner hat geantwortet.',
    decisionFrom:
      'Der Ratsbeschluss kann ab {{date}} erfasst werden (oder sobald der Partner geantwortet hat).',
    decisionOpen: 'Der Ratsbeschluss kann erfasst werden.',
    noticeRuns_one:
      'Die Partnerschaft läuft während der Kündigungsfrist weiter — Austausch, abzuschließende Maßnahmen, Antworten des Partners — und endet automatisch am {{date}} (noch {{count}} Tag).',
    noticeRuns_other:
      'Die Partnerschaft läuft während der Kündigungsfrist weiter — Austausch, abzuschließende Maßnahmen, Antworten des Partners — und endet automatisch am {{date}} (noch {{count}} Tage).',
    withdrawn: 'Zurückgezogen am {{date}}: {{reason}}',
    noDeliberation: 'Ende beschlossen, bevor Passerelle Ratsbeschlüsse erfasste: kein Aktenzeichen bekannt.',
    responses: 'Antworten des Partners',
    response: '{{party}}, am {{date}}:',
    textRequired: 'Dieses Feld ist ein Pflichtfeld.',
    propose: {
      open: 'Dem Partner eine Beendigung vorschlagen',
      title: 'Beendigung vorschlagen',
      intro:
        'Der Partner wird sofort per E-Mail informiert und kann hier antworten. In diesem Stadium wird nichts entschieden: Die Beendigung wird verhandelt.',
      reason: 'Warum ziehen Sie das Ende der Partnerschaft in Betracht?',
      submit: 'Partner informieren und Verhandlung eröffnen',
      done: 'Die Beendigung ist vorgeschlagen: Der Partner ist informiert und kann antworten.',
    },
    respond: {
      open: 'Auf den Vorschlag zur Beendigung antworten',
      title: 'Ihre Antwort',
      intro:
        'Ihre Antwort wird zu den Akten genommen und der anderen Partei vor ihrer Entscheidung übermittelt.',
      text: 'Antwort Ihrer Kommune',
      submit: 'Antwort senden',
      done: 'Ihre Antwort ist gespeichert und übermittelt.',
    },
    withdraw: {
      open: 'Vorschlag zur Beendigung zurückziehen',
      title: 'Vorschlag zurückziehen',
      intro: 'Die Verhandlung hat eine Fortsetzung ermöglicht: Der Partner wird informiert.',
      reason: 'Warum die Beendigung zurückgezogen wird',
      submit: 'Vorschlag zurückziehen',
      done: 'Der Vorschlag zur Beendigung ist zurückgezogen: Die Partnerschaft geht weiter.',
    },
    decide: {
      open: 'Ratsbeschluss erfassen',
      title: 'Beschluss des Rates',
      intro:
        'Das Ende beschließt Ihr Rat: Geben Sie seinen Beschluss an. Mandatsträger:innen oder die Verwaltungskraft, die darüber berichtet, können ihn erfassen. Die Kündigungsfrist beginnt; die Partnerschaft läuft bis zum Wirksamkeitsdatum weiter.',
      body: 'Beschließendes Gremium',
      bodyHint: 'Zum Beispiel: Gemeinderat, Stadtrat, Kreistag.',
      reference: 'Aktenzeichen des Beschlusses',
      adoptedOn: 'Beschlossen am',
      effectiveOnHint_one: 'Frühestens am {{date}}: Die geschuldete Kündigungsfrist beträgt {{count}} Tag.',
      effectiveOnHint_other:
        'Frühestens am {{date}}: Die geschuldete Kündigungsfrist beträgt {{count}} Tage.',
      incomplete:
        'Geben Sie das Gremium, das Aktenzeichen und die Daten des Beschlusses sowie den Umgang mit jeder laufenden Maßnahme an.',
      submit: 'Beschluss erfassen und kündigen',
      done: 'Der Beschluss ist erfasst: Die Kündigungsfrist läuft, der Partner ist informiert.',
    },
  },
};
