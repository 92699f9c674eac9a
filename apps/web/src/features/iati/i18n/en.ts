import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { iatiFr } from './fr';

export const iatiEn: Catalogue<typeof iatiFr> = {
  iati: {
    title: 'IATI activity file',
    intro:
      'The IATI file (standard 2.03) publishes the cooperation actions you fund from your own budget: one activity per action, with its partners, sectors, countries, budget, commitments and disbursements, and indicators.',
    identifierIs: 'Your authority’s IATI identifier:',
    missingIdentifier: {
      title: 'Your authority has no IATI identifier yet.',
      why: 'Every published activity carries an identifier that starts with the publishing authority’s own: without it, no file can be produced.',
      how: 'The identifier joins the prefix of a registry IATI recognises and the number it gives you, for instance FR-SIRET- followed by the authority’s SIRET. Your authority’s administrator enters it on this page or on the Directory profile page.',
    },
    identifier: {
      title: 'The authority’s IATI identifier',
      label: 'IATI organisation identifier',
      hint: 'Registry prefix, hyphen, number: for instance FR-SIRET-21490007800012. No spaces, / & | or ?. Leave empty to clear it.',
      submit: 'Save the identifier',
      saved: 'IATI identifier saved.',
      cleared: 'IATI identifier cleared.',
      askAdministrator: 'The authority’s IATI identifier is entered by its administrator.',
    },
    issues: {
      title_one: 'What is missing ({{count}})',
      title_other: 'What is missing ({{count}})',
      none: 'Nothing is missing: every action you fund is published in full.',
      leftOut: 'action not published until this is completed',
      codes: {
        organisation_identifier_missing: 'The authority’s IATI identifier is missing',
        action_description_missing: 'The action has no description',
        action_sectors_missing: 'The action has no DAC sectors',
        action_start_missing: 'The action has no start date',
        line_period_missing: 'Budget line without a period: no budget published for it',
        line_period_over_a_year: 'Budget line over more than a year: IATI wants one budget per year at most',
        line_currency_unknown: 'Budget line in an unknown currency',
        transaction_in_future:
          'Commitment or payment dated in the future: published once the date has passed',
      },
    },
    download: {
      title: 'Download the file',
      summary: '{{published}} action(s) published out of {{funded}} funded from your own budget.',
      counts: '{{budgets}} budget(s), {{transactions}} transaction(s), {{indicators}} indicator(s)',
      xml: 'Download the IATI file (XML)',
      needsIdentifier: 'The download will be possible once the IATI identifier is entered.',
      nothing: 'No action can be published yet: complete what is missing above.',
      version: 'IATI standard {{version}}, code lists of {{codeLists}}.',
    },
  },
};
