import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { presentationFr } from './fr';

export const presentationDe: Catalogue<typeof presentationFr> = {
  presentation: {
    open: 'Sich vorstellen können: die Vorstellung Ihrer Kommune, auf Französisch und Englisch, zum Drucken oder Teilen',
    readOnly: 'Ihre Rolle erlaubt es, die Vorstellung anzusehen, nicht aber, sie zu ändern.',
    completenessTitle: 'Vollständigkeit',
    completenessList: 'Abschnitte des französischen Textes',
    complete: 'Die vier Abschnitte des gespeicherten französischen Textes sind verfasst.',
    incomplete: '{{written}} von {{total}} Abschnitten im gespeicherten französischen Text verfasst.',
    sectionState: '{{section}}: {{state}}',
    sectionWritten: 'verfasst',
    sectionMissing: 'zu verfassen',
    textTitle: 'Text der Vorstellung',
    textIntro:
      'Dieser Text stellt Ihre Kommune möglichen Partnern vor: Ihre Beweggründe, Ihr Gebiet und seine Akteure, Ihre Herausforderungen und was Sie einbringen können.',
    language: 'Sprache der Vorstellung',
    languageHint:
      'Französisch ist der Haupttext: An ihm wird die Vollständigkeit gemessen. Englisch ist seine Übersetzung für Partner im Ausland.',
    languages: {
      fr: 'Französisch',
      en: 'Englisch',
    },
    fillFromDraft: 'Entwurf übernehmen',
    fillFromDraftHint:
      'Füllt die leeren Felder mit einem auf Französisch verfassten Entwurf aus Ihrem Dossier von Schritt 1.',
    draftApplied:
      'Entwurf in die leeren Felder übernommen: {{sections}}. Lesen Sie sie durch und speichern Sie dann.',
    draftNothing: 'Kein leeres Feld, das aus dem Entwurf gefüllt werden könnte.',
    save: 'Vorstellung speichern',
    saved: 'Vorstellung gespeichert ({{language}}).',
    conflict:
      'Jemand hat die Vorstellung zwischenzeitlich geändert. Der gespeicherte Text wurde neu geladen: Prüfen Sie ihn und geben Sie Ihre Änderungen erneut ein.',
    documentsTitle: 'Dokumente',
    documentsIntro: 'Das PDF und die Druckversion übernehmen den gespeicherten Text.',
    pdfFr: 'PDF herunterladen (Französisch)',
    pdfEn: 'PDF herunterladen (Englisch)',
    noTextYet:
      'Noch kein PDF: Die Vorstellung hat in keiner Sprache Text. Für jede Sprache, in der sie verfasst ist, wird ein PDF angeboten.',
    printView: 'Druckversion',
    printViewLanguage: '(Sprache: {{language}})',
    backToEditor: 'Zurück zur Vorstellung',
    print: 'Drucken',
  },
  presentationSections: {
    motivations: 'Unsere Beweggründe',
    territory_and_actors: 'Unser Gebiet und seine Akteure',
    stakes: 'Unsere Herausforderungen',
    contributions: 'Was wir einbringen können',
  },
  presentationHints: {
    motivations: 'Warum Ihre Kommune zusammenarbeiten möchte und was sie sich davon erwartet.',
    territory_and_actors: 'Ihr Gebiet, seine Bevölkerung und die Akteure, die das Vorhaben tragen.',
    stakes: 'Die Herausforderungen Ihres Gebiets, für die die Zusammenarbeit ein Hebel sein kann.',
    contributions: 'Das Know-how, die Leistungen oder Erfahrungen, die Sie teilen können.',
  },
  presentationDocument: {
    subtitle: 'Vorstellung der Kommune',
    empty: 'Abschnitt nicht ausgefüllt.',
  },
  shareLinks: {
    title: 'Links zum Teilen',
    noTextYet:
      'Verfassen Sie die Vorstellung, bevor Sie sie teilen: Für jede Sprache, in der sie Text hat, wird ein Link angeboten.',
    intro:
      'Senden Sie einer Kandidatenkommune einen Link zu Ihrer Vorstellung: Sie liest sie ohne Konto und sieht sonst nichts von der Partnerschaft. Der Link läuft nach der gewählten Anzahl von Tagen ab; Sie können ihn jederzeit zurückziehen.',
    language: 'Sprache des Links',
    days: 'Gültigkeit (Tage)',
    daysHint: '1 bis {{max}} Tage.',
    create: 'Link zum Teilen erstellen',
    created:
      'Link erstellt ({{language}}), gültig bis {{date}}. Kopieren Sie ihn jetzt: Er wird nicht mehr angezeigt.',
    url: 'Zu sendender Link',
    urlHint: 'Wird nur einmal angezeigt: Passerelle speichert nur einen Hashwert davon.',
    copy: 'Link kopieren',
    copied: 'Link kopiert.',
    copyFailed: 'Das Kopieren ist fehlgeschlagen: Markieren Sie den Link und kopieren Sie ihn.',
    listTitle: 'Versandte Links',
    empty: 'Noch keine Links.',
    summary: 'Link vom {{created}} · {{language}}',
    states: {
      active: 'Aktiv',
      expired: 'Abgelaufen',
      revoked: 'Zurückgezogen',
    },
    expiresOn: 'Läuft am {{date}} ab.',
    expiredOn: 'Am {{date}} abgelaufen.',
    revokedOn: 'Am {{date}} zurückgezogen.',
    revoke: 'Link vom {{date}} zurückziehen',
    revoked: 'Der Link vom {{date}} ist zurückgezogen: Er funktioniert nicht mehr.',
  },
};
