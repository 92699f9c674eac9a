import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { politicalDialogueFr } from './fr';

export const politicalDialogueDe: Catalogue<typeof politicalDialogueFr> = {
  politicalDialogue: {
    title: 'Beweggründe im Vergleich und gemeinsame Prioritäten',
    intro:
      'Jede Partei legt ihre Beweggründe offen: Die Mandatsträger:innen vergleichen sie, sagen, ob sie mit denen ihrer Kommune vereinbar sind, und dann einigen sich die Parteien auf die Prioritäten, die die Vereinbarung tragen wird.',
    conflict:
      'Jemand hat den politischen Dialog zwischenzeitlich geändert: Er wurde neu geladen, prüfen Sie ihn und versuchen Sie es erneut.',
    categories: {
      political: 'Politisch',
      institutional: 'Institutionell',
      technical_sectoral: 'Fachlich oder sektoral',
      financial: 'Finanziell',
      economic: 'Wirtschaftlich',
    },
    frames: {
      humanist: 'Humanistisch',
      political: 'Politisch',
      pro_domo: 'Pro domo',
    },
    motivations: {
      title: 'Offengelegte Beweggründe',
      intro:
        'Hier stehen nur die Beweggründe, die jede Partei geteilt hat; ihre internen Beweggründe bleiben ihre eigenen.',
      noPartner:
        'Noch keine Partnerkommune: Der Vergleich ist möglich, sobald ein Partner der Partnerschaft beigetreten ist.',
      nothingFromPartner:
        '{{parties}} hat noch keine Beweggründe geteilt: Der Vergleich ist möglich, sobald sie offengelegt sind.',
      yourSide: 'Ihre Kommune',
      yoursEmpty: 'Ihre Kommune hat noch keine Beweggründe geteilt.',
      shareYours: 'Ihre Beweggründe teilen (Schritt 1)',
      partnerEmpty: '{{party}} hat noch keine Beweggründe geteilt.',
      frames: 'Bezugsrahmen — humanistisch: {{humanist}} · politisch: {{political}} · pro domo: {{proDomo}}',
      listOf: 'Von {{party}} geteilte Beweggründe',
      sharedOn: 'Geteilt am {{date}}',
    },
    reviews: {
      title: 'Vereinbarkeit der Beweggründe',
      intro:
        'Die Mandatsträger:innen jeder Partei sagen, ob die offengelegten Beweggründe mit denen ihrer Kommune vereinbar sind.',
      listLabel: 'Stellungnahmen zur Vereinbarkeit je Partei',
      none: 'Noch keine Stellungnahme abgegeben.',
      verdicts: {
        approved: 'Vereinbar',
        changes_requested: 'Anpassungen verlangt',
      },
      by: 'Stellungnahme von {{name}}, am {{date}}.',
      councilDecisionBoth: 'Ratsbeschluss {{reference}} vom {{date}}.',
      councilDecisionRefOnly: 'Ratsbeschluss {{reference}}.',
      councilDecisionDateOnly: 'Ratsbeschluss vom {{date}}.',
      outdated:
        'Diese Stellungnahme liegt vor dem letzten Teilen von Beweggründen: Sie zählt nicht mehr, eine neue wird erwartet.',
    },
    reviewForm: {
      title: 'Stellungnahme von {{party}} abgeben',
      hint: 'Sie geben diese Stellungnahme als Mandatsträger:in im Namen Ihrer Kommune ab.',
      replaces:
        'Sie geben diese Stellungnahme als Mandatsträger:in im Namen Ihrer Kommune ab; sie ersetzt die vorherige.',
      comment: 'Kommentar',
      commentHint: 'Optional; nützlich, um zu sagen, was angepasst werden muss.',
      councilDecisionRef: 'Aktenzeichen des Ratsbeschlusses',
      councilDecisionRefHint: 'Falls der Rat entschieden hat, zum Beispiel DEL-2026-014.',
      councilDecisionOn: 'Datum des Ratsbeschlusses',
      compatible: 'Beweggründe als vereinbar beurteilen',
      changesRequested: 'Anpassungen verlangen',
      done: {
        approved: 'Stellungnahme gespeichert: Die Beweggründe werden als vereinbar beurteilt.',
        changes_requested: 'Stellungnahme gespeichert: Anpassungen werden verlangt.',
      },
    },
    priorities: {
      title: 'Gemeinsame Prioritäten',
      intro:
        'Die Prioritäten, die die Vereinbarung tragen wird. Jede zählt, sobald alle Parteien ihr zugestimmt haben; die Zustimmung einer Partei gibt eine ihrer Mandatsträger:innen.',
      empty: 'Noch keine Priorität vorgeschlagen.',
      listLabel: 'Prioritäten',
      agreedByAll: 'Von allen Parteien gebilligt',
      awaitingAll: 'Zustimmung ausstehend',
      stakes: 'Herausforderungen Ihres Gebiets: {{stakes}}',
      otherStakes_one: 'Herausforderungen des Partnergebiets: {{count}}',
      otherStakes_other: 'Herausforderungen des Partnergebiets: {{count}}',
      agreementsOf: 'Zustimmung der Parteien zu „{{title}}“',
      partyAgreed: 'zugestimmt',
      partyAwaited: 'Zustimmung ausstehend',
      agree: 'Dieser Priorität zustimmen',
      agreed: 'Sie haben der Priorität „{{title}}“ zugestimmt.',
    },
    priorityForm: {
      title: 'Priorität vorschlagen',
      hint: 'Die Priorität wird im Namen von {{party}} vorgeschlagen und gilt damit als von dort gebilligt; {{parties}} muss ihr dann ebenfalls zustimmen.',
      titleLabel: 'Titel der Priorität',
      titleHint: 'Zum Beispiel: Zugang zu Trinkwasser in den Randbezirken.',
      titleRequired: 'Geben Sie den Titel der Priorität an.',
      stakes: 'Herausforderungen Ihres Gebiets, auf die sie antwortet',
      stakesHint: 'Optional: die in Schritt 1 benannten Herausforderungen.',
      noStakes: 'Noch keine Herausforderungen in Schritt 1 erfasst.',
      submit: 'Priorität vorschlagen',
      done: 'Priorität „{{title}}“ vorgeschlagen: Sie wartet auf die Zustimmung von {{parties}}.',
    },
    readiness: {
      title: 'Vor der Genehmigung der Vereinbarung',
      ready: 'Alle Bedingungen der Methode für die Genehmigung der Vereinbarung sind erfüllt.',
      missing: 'Die Methode verlangt noch:',
      listLabel: 'Noch zu erfüllende Bedingungen',
      awaitingYou: 'Von Ihrer Kommune zu erledigen.',
      awaitingYouAnd: 'Von Ihrer Kommune und von {{parties}} zu erledigen.',
      awaitingOthers: 'Ihre Kommune hat ihren Teil erledigt: Warten auf {{parties}}.',
    },
  },
};
