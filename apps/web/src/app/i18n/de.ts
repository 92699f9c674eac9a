import type { Catalogue } from '../../lib/i18n/catalogue';
import type { shellFr } from './fr';

export const shellDe: Catalogue<typeof shellFr> = {
  app: {
    name: 'Passerelle',
    tagline: 'Die internationalen Partnerschaften der Kommunen',
    skipToContent: 'Zum Inhalt springen',
    mainNavigation: 'Die sechs Schritte der Methode',
    partnershipSteps: 'Die sechs Schritte dieser Partnerschaft',
    menu: 'Menü',
  },
  language: {
    label: 'Sprache',
  },
  steps: {
    COMMITMENT: {
      title: 'Engagement aufbauen',
      summary:
        'Beweggründe klären, lokale Akteure einbeziehen, die Herausforderungen benennen und was das eigene Gebiet einbringen kann, dann von den Mandatsträger:innen bestätigen lassen.',
    },
    PARTNER_SEARCH: {
      title: 'Partner suchen',
      summary:
        'Die Netzwerke der lokalen Akteure, kommunale Netzwerke, die Partnerschaftsbörse und zufällige Begegnungen nutzen.',
    },
    PRESENTATION: {
      title: 'Sich vorstellen können',
      summary:
        'Ein Dokument, das die Beweggründe, das Gebiet und seine Akteure darlegt, die Herausforderungen, bei denen die Zusammenarbeit helfen würde, und was die Kommune einbringen kann.',
    },
    INITIATION: {
      title: 'Die Beziehung anbahnen',
      summary:
        'Gegenseitige Delegationsreisen in beide Gebiete, mit kleinen, aber vielfältigen Delegationen: Mandatsträger:innen, Fachkräfte der Verwaltung, lokale Akteure.',
    },
    CONVENTION: {
      title: 'Vereinbaren und Dialog führen',
      summary:
        'Die Beweggründe beider Parteien offenlegen, Prioritäten festlegen, die Vereinbarung unterzeichnen und einen regelmäßigen Dialog planen, damit die Beziehung nicht einschläft.',
    },
    ACTIONS: {
      title: 'Maßnahmen umsetzen',
      summary:
        'Maßnahmen priorisieren, Projekte aufsetzen, Kofinanzierungen suchen und früh kleine konkrete Maßnahmen starten, die für die Bevölkerung sichtbar sind.',
    },
    conventionTabs: {
      label: 'Seiten von Schritt 5',
      motivations: 'Beweggründe im Vergleich',
      convention: 'Vereinbarung',
      dialogue: 'Dialogplan',
    },
    asksTitle: 'Was die Methode vor dem nächsten Schritt verlangt',
    watchTitle: 'Worauf zu achten ist',
    previous: '← Vorheriger Schritt: {{title}}',
    next: 'Nächster Schritt: {{title}} →',
    stepLabel: 'Schritt {{number}}',
    backToPartnership: 'Zurück zur Partnerschaft „{{title}}“',
    comingTitle: 'In Passerelle',
    coming: 'Die Seiten dieses Schritts öffnen sich mit den Partnerschaften Ihrer Kommune.',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    body: 'Unter dieser Adresse gibt es keine Seite.',
    backHome: 'Zur Startseite',
  },
  routeError: {
    title: 'Seite nicht verfügbar',
    body: 'Diese Seite konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und laden Sie die Seite dann neu.',
    reload: 'Seite neu laden',
  },
  errors: {
    generic: 'Ein Fehler ist aufgetreten. Versuchen Sie es gleich noch einmal.',
  },
  common: {
    loading: 'Wird geladen…',
    noValue: '—',
    cancel: 'Abbrechen',
    close: 'Schließen',
  },
  dateEntry: {
    day: 'TT',
    month: 'MM',
    year: 'JJJJ',
    format: 'Format: {{format}}',
    unreadable: 'Datum nicht erkannt: bitte als {{format}} schreiben.',
    calendar: 'Datum im Kalender auswählen',
    timeFormat: 'Format: hh:mm, 24-Stunden-Zählung',
    timeUnreadable: 'Uhrzeit nicht erkannt: bitte als hh:mm schreiben, zum Beispiel 14:30.',
  },
  formDialog: {
    discard: {
      title: 'Ohne Speichern schließen?',
      body: 'Ihre Eingaben in diesem Formular gehen verloren.',
      keep: 'Weiter bearbeiten',
      discard: 'Ohne Speichern schließen',
    },
  },
  nav: {
    fundingCalls: 'Förderaufrufe',
    iati: 'IATI-Datei',
    atlasSheet: 'Atlas-Blatt',
    handoverDossier: 'Übergabedossier',
    organisationReminders: 'Erinnerungen',
    accessibility: 'Barrierefreiheit: nicht konform',
    label: 'Hauptmenü',
    odaDeclaration: 'ODA-Meldung',
    portfolio: 'Übersicht',
    partnerships: 'Partnerschaften',
    motivationReviews: 'Zu prüfen',
    users: 'Benutzer',
    audit: 'Prüfprotokoll',
    directory: 'Verzeichnis',
    directoryProfile: 'Profil im Verzeichnis',
    territoryActors: 'Lokale Akteure',
    receivedInvitations: 'Erhaltene Einladungen',
    changePassword: 'Passwort',
  },
  session: {
    nameLabel: 'Name',
    reminderSettings: 'Erinnerungen und Kalender',
    label: 'Ihre Sitzung',
    organisation: 'Kommune',
    role: 'Rolle',
    signIn: 'Anmelden',
    signOut: 'Abmelden',
    signOutWaiting: {
      title: 'Einträge warten auf das Senden',
      body_one:
        '{{count}} Eintrag auf diesem Gerät ist noch nicht gesendet. Er bleibt hier und wird gesendet, wenn Sie sich auf diesem Gerät wieder anmelden.',
      body_other:
        '{{count}} Einträge auf diesem Gerät sind noch nicht gesendet. Sie bleiben hier und werden gesendet, wenn Sie sich auf diesem Gerät wieder anmelden.',
      stay: 'Angemeldet bleiben',
      see: 'Wartende Einträge ansehen',
      confirm: 'Trotzdem abmelden',
    },
  },
  roles: {
    admin: 'Administration',
    officer: 'Fachreferent:in',
    elected: 'Mandatsträger:in',
    contributor: 'Mitwirkende:r',
    viewer: 'Lesezugriff',
  },
  home: {
    title: 'Willkommen bei Passerelle',
    intro:
      'Passerelle begleitet Ihre Kommune bei jedem Schritt einer dezentralen Zusammenarbeit oder Städtepartnerschaft: vom Willen zum Engagement bis zu gemeinsamen Maßnahmen mit Ihren Partnern.',
    methodTitle: 'Die Methode in sechs Schritten',
    signedOut: 'Melden Sie sich an, um die Partnerschaften Ihrer Kommune zu sehen.',
    yourPartnerships: 'Ihre Partnerschaften',
    seeAll: 'Alle Partnerschaften',
    dashboard: 'Übersicht öffnen',
    signInLink: 'Zur Anmeldeseite',
  },
  forbidden: {
    title: 'Zugriff beschränkt',
    body: 'Ihre Rolle gibt keinen Zugriff auf diese Seite.',
  },
  organisationKinds: {
    commune: 'Gemeinde',
    inter_municipal_body: 'Gemeindeverband',
    department: 'Département',
    region: 'Region',
    province: 'Provinz',
    state_level: 'Staatliche oder Landesebene',
    other: 'Sonstige',
  },
  stepper: {
    title: 'Fortschritt der Partnerschaft',
    stepPrefix: 'Schritt {{number}}:',
    statuses: {
      done: 'Abgeschlossen',
      current: 'Laufend',
      todo: 'Offen',
      blocked: 'Blockiert',
    },
    criteriaOf: 'Kriterien des Schritts „{{title}}“',
    met: 'Erfüllt',
    missing: 'Fehlt',
    why: 'Warum?',
    requires: 'Zuerst zu erfüllen:',
    blockedBy: 'Schritt blockiert:',
    warnings: 'Hinweise',
    warningsIntro: 'Sie blockieren nichts, aber die Methode empfiehlt, darauf zu achten.',
    noWarnings: 'Derzeit keine Hinweise.',
    warningStep: 'Schritt {{number}} · {{title}}',
    subject: {
      visit: {
        to_partner: 'Reise zum Partner, {{dates}}',
        from_partner: 'Empfang einer Partnerdelegation, {{dates}}',
      },
      channel: 'Kanal: {{channel}} ({{audience}})',
      audience: 'Austausch mit: {{audience}}',
      dueOn: 'fällig am {{date}}',
    },
    fix: {
      dialogue: 'Den Dialogplan vereinbaren',
      motivations: 'Ihre Beweggründe formulieren',
      review: 'Ihre Beweggründe von Mandatsträger:innen prüfen lassen',
      share: 'Ihre Beweggründe mit den Partnern teilen',
      stakes: 'Die Herausforderungen des Gebiets benennen',
      contributions: 'Angeben, was das Gebiet einbringen kann',
      territoryActors: 'Die lokalen Akteure anhören',
      candidates: 'Kandidatenkommunen suchen und verfolgen',
      presentation: 'Die Vorstellung Ihrer Kommune verfassen',
      visits: 'Eine Delegationsreise planen oder erfassen',
      compatibility: 'Die Vereinbarkeit der Beweggründe von Mandatsträger:innen prüfen lassen',
      priorities: 'Die Prioritäten der Partnerschaft gemeinsam festlegen',
      convention: 'Die Vereinbarung aushandeln, genehmigen und unterzeichnen',
      actions: 'Eine erste konkrete Maßnahme starten',
      budget: 'Die Finanzierung einer Maßnahme finden',
      indicators: 'Die Indikatoren von jeder Partei bestätigen lassen',
    },
    pageLinks: {
      convention: 'Vereinbaren und Dialog führen: Beweggründe im Vergleich, Vereinbarung und Dialogplan',
      actions:
        'Maßnahmen umsetzen: die gemeinsamen Maßnahmen, ihr Budget, ihre Indikatoren und ihre Begleitung',
    },
  },
  actorKinds: {
    association: 'Verein',
    ngo: 'NRO',
    school: 'Schule',
    university: 'Hochschule',
    hospital: 'Krankenhaus',
    religious_body: 'Religionsgemeinschaft',
    diaspora_group: 'Diaspora',
    company: 'Unternehmen',
    other: 'Sonstige',
  },
  themes: {
    governance: 'kommunale Governance',
    water_sanitation: 'Wasser und Abwasser',
    heritage: 'Kulturerbe',
    culture: 'Kultur',
    health: 'Gesundheit',
    education: 'Bildung',
    urban_planning: 'Stadtplanung',
    waste: 'Abfall',
    tourism: 'Tourismus',
    economic_development: 'Wirtschaftsförderung',
    youth_mobility: 'Jugendmobilität',
    climate: 'Klima',
  },
  timeZoneAreas: {
    Africa: 'Afrika',
    America: 'Amerika',
    Antarctica: 'Antarktis',
    Arctic: 'Arktis',
    Asia: 'Asien',
    Atlantic: 'Atlantischer Ozean',
    Australia: 'Australien',
    Europe: 'Europa',
    Indian: 'Indischer Ozean',
    Pacific: 'Pazifischer Ozean',
    other: 'Weltzeit und Sonstige',
  },
  validation: {
    summary: 'Einige Felder müssen korrigiert werden.',
    required: 'Dieses Feld ist ein Pflichtfeld.',
    email: 'Geben Sie eine gültige E-Mail-Adresse ein.',
    minLength: 'Zu kurz: mindestens {{min}} Zeichen.',
    maxLength: 'Zu lang: höchstens {{max}} Zeichen.',
    choice: 'Wählen Sie einen Wert aus der Liste.',
    countryCode: 'Wählen Sie ein Land aus der Liste.',
    timeZone: 'Unbekannte Zeitzone: Verwenden Sie eine IANA-Zeitzone (zum Beispiel Europe/Berlin).',
    languages: 'Geben Sie durch Kommas getrennte BCP-47-Sprachcodes ein (zum Beispiel de, bm).',
    atLeastOne: 'Geben Sie mindestens einen Wert an.',
    tooMany: 'Zu viele Werte.',
    date: 'Geben Sie ein gültiges Datum ein.',
    min: 'Zu klein: mindestens {{min}}.',
    max: 'Zu groß: höchstens {{max}}.',
    invalid: 'Ungültiger Wert.',
  },
  problems: {
    AUTH: {
      UNAUTHENTICATED: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.',
      INVALID_CREDENTIALS: 'E-Mail-Adresse oder Passwort falsch.',
      WRONG_CURRENT_PASSWORD: 'Das aktuelle Passwort ist falsch.',
      PASSWORD_TOO_COMMON:
        'Dieses Passwort gehört zu den meistgenutzten oder wiederholt sich zu sehr: Wählen Sie ein anderes.',
      PASSWORD_CONTAINS_IDENTITY:
        'Dieses Passwort enthält Ihre E-Mail-Adresse oder den Namen Ihrer Kommune: Wählen Sie ein anderes.',
      FORBIDDEN: 'Ihre Rolle erlaubt diese Aktion nicht.',
      CSRF_INVALID: 'Ihre Sitzung hat sich geändert. Laden Sie die Seite neu und versuchen Sie es erneut.',
    },
    REQUEST: {
      VALIDATION_FAILED: 'Einige Felder müssen korrigiert werden.',
      TOO_MANY: 'Zu viele Anfragen. Versuchen Sie es später erneut.',
    },
    RESOURCE: {
      NOT_FOUND: 'Dieses Element wurde nicht gefunden.',
      CONFLICT:
        'Jemand hat dieses Element zwischenzeitlich geändert. Die Daten wurden neu geladen: Prüfen Sie sie und versuchen Sie es erneut.',
    },
    INVITATION: {
      NOT_FOUND: 'Diese Einladung existiert nicht. Prüfen Sie den Link in der E-Mail.',
      EXPIRED:
        'Diese Einladung ist abgelaufen. Bitten Sie die Person, die Sie eingeladen hat, Ihnen eine neue zu senden.',
      ALREADY_USED: 'Diese Einladung wurde bereits verwendet. Melden Sie sich mit Ihrem Konto an.',
      REVOKED: 'Diese Einladung wurde von der Kommune, die sie versandt hatte, zurückgezogen.',
      EMAIL_ALREADY_REGISTERED: 'Für diese E-Mail-Adresse gibt es bereits ein Konto bei Passerelle.',
      ALREADY_PENDING: 'Für diese Adresse steht bereits eine Einladung aus.',
    },
    USER: {
      LAST_ADMIN:
        'Die Kommune muss mindestens eine aktive Administratorin oder einen aktiven Administrator behalten.',
      CANNOT_CHANGE_SELF: 'Sie können weder Ihre eigene Rolle ändern noch Ihr Konto deaktivieren.',
    },
    PARTNERSHIP: {
      ALREADY_PARTY: 'Diese Kommune ist bereits an dieser Partnerschaft beteiligt.',
    },
    TERRITORY_ACTOR: {
      DUPLICATE_NAME: 'Ein Akteur mit diesem Namen steht bereits im Verzeichnis.',
    },
    FILE: {
      MISSING: 'Wählen Sie eine Datei zum Hochladen.',
      TOO_LARGE: 'Diese Datei ist zu groß.',
      TYPE_NOT_ALLOWED: 'Nur PDF-, PNG-, JPEG- und WebP-Dateien werden angenommen.',
      TYPE_MISMATCH:
        'Der Inhalt dieser Datei passt nicht zu ihrem Namen oder Typ: Sie wurde vorsichtshalber abgelehnt.',
      NOT_ATTACHABLE: 'Diese Datei gehört nicht zu dieser Partnerschaft.',
    },
    REMINDER: {
      OPT_OUT_NOT_ALLOWED:
        'Erinnerungen an das Ende einer Vereinbarung können nicht abbestellt werden: Sie bleiben aktiviert.',
      NOT_FAILED: 'Diese Erinnerung ist nicht fehlgeschlagen: Sie wird bereits versandt oder wurde versandt.',
    },
    CALENDAR_FEED: {
      NOT_FOUND: 'Diese Kalenderadresse existiert nicht oder funktioniert nicht mehr.',
    },
    SHARE_LINK: {
      NOT_FOUND: 'Dieser Vorstellungslink existiert nicht. Prüfen Sie die erhaltene Adresse.',
      EXPIRED:
        'Dieser Vorstellungslink ist abgelaufen. Bitten Sie die Kommune, die ihn Ihnen gesendet hat, um einen neuen.',
      REVOKED: 'Dieser Vorstellungslink wurde von der Kommune, die ihn versandt hatte, zurückgezogen.',
    },
    PRESENTATION: {
      NO_TEXT_IN_LANGUAGE:
        'Die Vorstellung hat noch keinen Text in dieser Sprache: Verfassen Sie ihn, bevor Sie sie drucken oder teilen.',
    },
  },
};
