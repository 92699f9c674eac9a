import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { methodWarningsFr } from './fr';

export const methodWarningsDe: Catalogue<typeof methodWarningsFr> = {
  ruptureSignals: {
    title: 'Warnsignale für eine Beendigung',
    intro:
      'Regionen haben ihre Kooperationen nach Wahlen, Haushaltskürzungen oder einer Rückbesinnung auf eigene Interessen beendet, oft ohne Verhandlung. Erfassen Sie diese Signale, sobald Sie davon erfahren, auf jeder Seite: Sie bleiben im Verlauf, sind für alle Parteien sichtbar und senken den Zustandswert, solange sie wirken (sechs Monate vor ihrem Datum, ein Jahr danach).',
    empty: 'Keine Signale erfasst.',
    loading: 'Signale werden geladen …',
    listLabel: 'Erfasste Signale',
    active: 'Wirkt derzeit',
    inactive: 'Wirkt nicht mehr (oder noch nicht)',
    concerns: 'Seite: {{party}}',
    on: 'Datum: {{date}}',
    recordedBy: 'Erfasst von {{party}}',
    kinds: {
      election: 'Wahlen',
      mandate_change: 'Wechsel des Mandats oder der Leitung',
      budget_cut: 'Kürzung der Mittel für die Zusammenarbeit',
      self_interest_turn: 'Rückbesinnung auf die eigenen Interessen des Gebiets',
      instability: 'Instabilität (politisch, administrativ, Sicherheitslage)',
      handed_to_operators: 'Zusammenarbeit an durchführende Stellen abgegeben (NRO, Beratungsbüros)',
    },
    form: {
      title: 'Signal erfassen',
      kind: 'Art des Signals',
      side: 'Auf welcher Seite',
      sideHelpPartner: 'Eine Partnerkommune erfasst Signale auf ihrer eigenen Seite.',
      occursOn: 'Datum (Wahltag, Beginn der Amtszeit, Haushaltsbeschluss …)',
      note: 'Was Sie wissen, und von wem',
      submit: 'Signal speichern',
      recorded: 'Signal gespeichert.',
    },
    dashboard: {
      label: 'Warnsignale',
      item: '{{kind}} — {{party}}, {{date}}',
    },
  },
  commitmentGate: {
    title: 'Zuerst den Willen zum Engagement aufbauen',
    intro:
      'Die Partnersuche ist erst sinnvoll, wenn der Wille zum Engagement aufgebaut ist: Ohne von Mandatsträger:innen bestätigte Beweggründe und ohne lokale Akteure, die das Vorhaben mittragen, trifft der Partner eine Verwaltung allein, ohne Vorhaben. Einen zufällig getroffenen Kontakt können Sie schon jetzt erfassen; Folgendes fehlt noch.',
    missing: 'Was in Schritt 1 noch fehlt',
    actors:
      '{{associated}} beteiligte lokale Akteure aus {{kinds}} Bereich(en); nötig sind mindestens {{requiredActors}} aus mindestens {{requiredKinds}} Bereichen.',
    acceptBlocked:
      'Ein Partner kann erst angenommen werden, wenn Ihre Beweggründe von einer Mandatsträgerin oder einem Mandatsträger bestätigt sind.',
    fix: 'Ergänzen',
  },
};
