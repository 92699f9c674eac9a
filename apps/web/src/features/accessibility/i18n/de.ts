import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { accessibilityFr } from './fr';

export const accessibilityDe: Catalogue<typeof accessibilityFr> = {
  accessibility: {
    title: 'Erklärung zur Barrierefreiheit',
    commitment:
      'Die Kommune, die Ihnen Passerelle zur Verfügung stellt, verpflichtet sich, ihre digitalen Dienste barrierefrei zu gestalten, gemäß Artikel 47 des französischen Gesetzes Nr. 2005-102 vom 11. Februar 2005. Diese Erklärung gilt für Passerelle.',
    stateTitle: 'Stand der Vereinbarkeit',
    state:
      'Passerelle ist nicht konform mit dem französischen Referenzrahmen für Barrierefreiheit (RGAA), Version 4.1.2: Es wurde noch kein Konformitätsaudit durchgeführt, und bekannte Mängel sind unten aufgeführt.',
    tested:
      'Bei jeder Version durchlaufen automatische Tests alle Seiten, für jede Rolle, in einem 375 Pixel breiten Browser: Keine Seite ragt über den Bildschirm hinaus und jede hat einen Titel, jede Schaltfläche, jedes Feld und jeder Link außerhalb eines Satzes bietet dem Finger mindestens 44 × 44 Pixel, die nichts verdeckt (die maßstabsgetreu gezeichneten Länder der Karte sind auch aus einer Liste wählbar), und das Werkzeug axe findet keinen Verstoß gegen die Kriterien WCAG 2.1 A und AA, die es prüfen kann. Die Eingabedialoge der Seite einer Maßnahme werden ebenfalls einzeln geöffnet, bei 1.280 und 375 Pixeln, und ebenso geprüft. Diese Tests ersetzen kein Audit.',
    shortcomingsTitle: 'Nicht barrierefreie Inhalte',
    shortcomings: {
      forms:
        'Einige Formulare der Schrittseiten kündigen ihre Fehler nicht an und setzen den Fokus nicht auf das erste fehlerhafte Feld, wie es das Anmeldeformular tut.',
      focus:
        'Nach dem erfolgreichen Absenden einiger Formulare, die in der Seite bleiben, springt der Fokus an den Seitenanfang zurück; in einem Dialog geöffnete Formulare geben ihn der Schaltfläche zurück, die sie geöffnet hat.',
      pdf: 'PDF-Dokumente (Vorstellung der Kommune) sind für Screenreader nicht getaggt.',
      languages:
        'Die Oberfläche gibt es auf Französisch, Englisch, Deutsch, Spanisch, Portugiesisch und Arabisch; die von den Partnern eingegebenen Texte bleiben in ihrer Sprache.',
    },
    madeTitle: 'Erstellung dieser Erklärung',
    made: 'Diese Erklärung wurde am {{date}} erstellt.',
    technologies: 'Verwendete Technologien: HTML, CSS, JavaScript (React), WAI-ARIA.',
    environment:
      'Testumgebung: Chromium (Debian) bei 1.280 und 375 Pixeln Breite, mit axe-core für die automatischen Prüfungen.',
    contactTitle: 'Rückmeldung und Kontakt',
    contact:
      'Wenn Sie auf einen Inhalt oder Dienst nicht zugreifen können, schreiben Sie der Passerelle-Administration Ihrer Kommune, um an eine barrierefreie Alternative verwiesen zu werden oder den Inhalt in anderer Form zu erhalten.',
    recourseTitle: 'Rechtsbehelfe',
    recourse:
      'Wenn Sie einen Mangel an Barrierefreiheit gemeldet haben, der Ihnen den Zugang zu einem Inhalt oder Dienst verwehrt, und keine zufriedenstellende Antwort erhalten haben, können Sie sich an den französischen Défenseur des droits (Bürgerbeauftragter) wenden:',
    recourseForm: 'dem Défenseur des droits schreiben (Online-Formular)',
    recourseDelegate: 'die Vertretung des Défenseur des droits in Ihrer Region kontaktieren',
    recoursePhone: '09 69 39 00 00 anrufen (aus Frankreich)',
    recourseMail:
      'einen Brief senden (kostenlos, ohne Briefmarke): Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07',
  },
};
