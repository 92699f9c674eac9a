import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { reminderSettingsFr } from './fr';

export const reminderSettingsDe: Catalogue<typeof reminderSettingsFr> = {
  reminderSettings: {
    title: 'Erinnerungen und Kalender',
    intro:
      'Wählen Sie, welche Erinnerungen Sie per E-Mail und in Ihren Benachrichtigungen erhalten, und abonnieren Sie in Ihrem Kalender Ihre bevorstehenden Delegationsreisen und Austausche.',
    preferencesTitle: 'Erhaltene Erinnerungen',
    preferencesIntro:
      'Eine abgewählte Erinnerung wird Ihnen weder per E-Mail noch in Ihren Benachrichtigungen mehr gesendet. Zwischen {{quietStart}} und {{quietEnd}} Uhr (Ortszeit Ihrer Kommune) werden keine E-Mails versandt: Sie warten bis zum Morgen.',
    preferencesLegend: 'Ich erhalte folgende Erinnerungen',
    mandatory:
      'Wird immer gesendet: Das Ende einer Vereinbarung bindet Ihre Kommune, diese Erinnerung kann nicht deaktiviert werden.',
    save: 'Einstellungen speichern',
    saved: 'Ihre Einstellungen für Erinnerungen sind gespeichert.',
    days_one: '{{count}} Tag',
    days_other: '{{count}} Tage',
    kinds: {
      'dialogue-due': {
        label: 'Fälliger Austausch im Dialogplan',
        hint: '{{days}} vor dem Datum, an dem ein Austausch mit den Mandatsträger:innen, den Fachkräften oder den lokalen Akteuren fällig ist, im mit dem Partner vereinbarten Rhythmus.',
      },
      'dialogue-overdue': {
        label: 'Die Beziehung schläft ein',
        hint: 'Wenn ein erwarteter Austausch zum vorgesehenen Datum nicht stattgefunden hat.',
      },
      'visit-upcoming': {
        label: 'Bevorstehende Delegationsreise',
        hint: '{{days}} vor Beginn einer Reise oder des Empfangs einer Delegation.',
      },
      'visit-report-missing': {
        label: 'Erwarteter Reisebericht',
        hint: '{{days}} nach dem Ende einer Reise, deren Bericht noch nicht verfasst ist.',
      },
      'convention-expiring': {
        label: 'Ablauf der Vereinbarung',
        hint: '{{days}} vor dem Enddatum der Vereinbarung.',
      },
      'convention-tacit-renewal': {
        label: 'Stillschweigende Verlängerung der Vereinbarung',
        hint: '{{days}} vor dem letzten Tag für einen Widerspruch gegen die stillschweigende Verlängerung der Vereinbarung.',
      },
      'funding-call-closing': {
        label: 'Ende eines Förderaufrufs',
        hint: '{{days}} vor dem Ende eines Aufrufs, für den ein Antrag noch im Entwurf ist.',
      },
      'funding-report-due': {
        label: 'Von einem Geldgeber erwarteter Bericht',
        hint: '{{days}} vor der Frist eines Berichts zu einer bewilligten Förderung.',
      },
    },
    calendarTitle: 'Persönlicher Kalender',
    calendarIntro:
      'Eine Abonnement-Adresse (iCalendar), um die bevorstehenden Delegationsreisen und die nächsten Austausche Ihrer Partnerschaften in Ihrem Kalender zu sehen. Behalten Sie sie für sich: Wer sie kennt, kann diese Termine lesen.',
    calendarNone: 'Sie haben keine aktive Kalenderadresse.',
    calendarActive: 'Eine Kalenderadresse ist seit {{date}} aktiv.',
    calendarCreate: 'Kalenderadresse erstellen',
    calendarReplace: 'Adresse ersetzen',
    calendarReplaceHint:
      'Eine neue Adresse wird erstellt und die aktuelle funktioniert sofort nicht mehr: nützlich, wenn sie jemandem bekannt geworden sein könnte.',
    calendarRevoke: 'Adresse widerrufen',
    calendarRevokeHint:
      'Die Adresse funktioniert sofort nicht mehr; Ihr Kalender wird nicht mehr aktualisiert.',
    calendarCreated: 'Ihre Kalenderadresse ist erstellt.',
    calendarReplaced: 'Eine neue Kalenderadresse ist erstellt: Die alte funktioniert nicht mehr.',
    calendarRevoked: 'Ihre Kalenderadresse ist widerrufen: Sie funktioniert nicht mehr.',
    calendarUrl: 'Adresse Ihres Kalenders',
    calendarUrlHint:
      'Kopieren Sie sie jetzt: Sie wird nicht mehr angezeigt. Wenn Sie sie verlieren, ersetzen Sie sie durch eine neue.',
    calendarCopy: 'Adresse kopieren',
    calendarCopied: 'Adresse kopiert.',
    calendarCopyFailed:
      'Das Kopieren ist fehlgeschlagen: Markieren Sie die Adresse und kopieren Sie sie selbst.',
    calendarOpen: 'In meiner Kalender-App öffnen',
    subscribeTitle: 'Aus Ihrem Kalender abonnieren',
    subscribeOutlook:
      'Outlook: Kalender hinzufügen, dann „Aus dem Internet abonnieren“ und die Adresse einfügen.',
    subscribeThunderbird:
      'Thunderbird: Neuer Kalender, „Im Netzwerk“, die Adresse einfügen und das Format iCalendar (ICS) wählen.',
    subscribeGoogle:
      'Google Kalender: neben „Weitere Kalender“ auf „+“, dann „Per URL“, und die Adresse einfügen. Google liest den Kalender nur alle paar Stunden neu ein.',
  },
};
