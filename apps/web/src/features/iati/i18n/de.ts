import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { iatiFr } from './fr';

export const iatiDe: Catalogue<typeof iatiFr> = {
  iati: {
    title: 'IATI-Aktivitätsdatei',
    intro:
      'Die IATI-Datei (Standard 2.03) veröffentlicht Ihre aus Eigenmitteln finanzierten Maßnahmen der Zusammenarbeit: eine Aktivität pro Maßnahme, mit ihren Partnern, Sektoren, Ländern, ihrem Budget, ihren Zusagen und Auszahlungen sowie ihren Indikatoren.',
    identifierIs: 'IATI-Kennung Ihrer Kommune:',
    missingIdentifier: {
      title: 'Ihre Kommune hat noch keine IATI-Kennung.',
      why: 'Jede veröffentlichte Aktivität trägt eine Kennung, die mit der Kennung der veröffentlichenden Kommune beginnt: Ohne sie kann keine Datei erstellt werden.',
      how: 'Diese Kennung verbindet das Präfix eines von IATI anerkannten Registers mit der Nummer, die es Ihnen vergibt, zum Beispiel FR-SIRET- gefolgt von der SIRET-Nummer der Kommune. Die Administration Ihrer Kommune trägt sie auf dieser Seite oder auf der Profilseite im Verzeichnis ein.',
    },
    identifier: {
      title: 'IATI-Kennung der Kommune',
      label: 'IATI-Organisationskennung',
      hint: 'Registerpräfix, Bindestrich, Nummer: zum Beispiel FR-SIRET-21490007800012. Ohne Leerzeichen und ohne / & | ?. Leer lassen, um sie zu löschen.',
      submit: 'Kennung speichern',
      saved: 'IATI-Kennung gespeichert.',
      cleared: 'IATI-Kennung gelöscht.',
      askAdministrator: 'Die IATI-Kennung der Kommune wird von ihrer Administration eingetragen.',
    },
    issues: {
      title_one: 'Was fehlt ({{count}})',
      title_other: 'Was fehlt ({{count}})',
      none: 'Es fehlt nichts: Alle Ihre finanzierten Maßnahmen werden vollständig veröffentlicht.',
      leftOut: 'Maßnahme wird erst veröffentlicht, wenn dies ergänzt ist',
      codes: {
        organisation_identifier_missing: 'IATI-Kennung der Kommune fehlt',
        action_description_missing: 'Beschreibung der Maßnahme fehlt',
        action_sectors_missing: 'DAC-Sektoren der Maßnahme fehlen',
        action_start_missing: 'Beginn der Maßnahme fehlt',
        line_period_missing: 'Budgetposten ohne Zeitraum: Für ihn wird kein Budget veröffentlicht',
        line_period_over_a_year:
          'Budgetposten über mehr als ein Jahr: IATI verlangt ein Budget je Zeitraum von höchstens einem Jahr',
        line_currency_unknown: 'Budgetposten in einer unbekannten Währung',
        transaction_in_future:
          'Zusage oder Auszahlung mit Datum in der Zukunft: wird veröffentlicht, sobald das Datum erreicht ist',
      },
    },
    download: {
      title: 'Datei herunterladen',
      summary: '{{published}} von {{funded}} aus Eigenmitteln finanzierten Maßnahmen veröffentlicht.',
      counts: 'Budgets: {{budgets}}, Transaktionen: {{transactions}}, Indikatoren: {{indicators}}',
      xml: 'IATI-Datei herunterladen (XML)',
      needsIdentifier: 'Das Herunterladen ist möglich, sobald die IATI-Kennung eingetragen ist.',
      nothing: 'Noch kann keine Maßnahme veröffentlicht werden: Ergänzen Sie, was oben fehlt.',
      version: 'IATI-Standard {{version}}, Codelisten vom {{codeLists}}.',
    },
  },
};
