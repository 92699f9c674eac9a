import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { presentationFr } from './fr';

export const presentationEn: Catalogue<typeof presentationFr> = {
  presentation: {
    open: 'Present yourself: your authority’s presentation, in French and English, to print or share',
    readOnly: 'Your role lets you read the presentation, not change it.',
    completenessTitle: 'Completeness',
    completenessList: 'Sections of the French text',
    complete: 'All four sections of the saved French text are written.',
    incomplete: '{{written}} of {{total}} sections written in the saved French text.',
    sectionState: '{{section}}: {{state}}',
    sectionWritten: 'written',
    sectionMissing: 'to write',
    textTitle: 'Text of the presentation',
    textIntro:
      'This text introduces your authority to possible partners: your motivations, your territory and its actors, your stakes and what you can bring.',
    language: 'Language of the presentation',
    languageHint:
      'French is the main text: completeness is judged on it. English is its translation, for partners abroad.',
    languages: {
      fr: 'French',
      en: 'English',
    },
    fillFromDraft: 'Use the draft',
    fillFromDraftHint: 'Fills the empty fields with a draft written in French from your step 1 file.',
    draftApplied: 'Draft copied into the empty fields: {{sections}}. Read them over, then save.',
    draftNothing: 'No empty field to fill from the draft.',
    save: 'Save the presentation',
    saved: 'Presentation saved ({{language}}).',
    conflict:
      'Someone changed the presentation meanwhile. The saved text was reloaded: check it, then enter your changes again.',
    documentsTitle: 'Documents',
    documentsIntro: 'The PDF and the print version show the saved text.',
    pdfFr: 'Download the PDF (French)',
    pdfEn: 'Download the PDF (English)',
    noTextYet:
      'No PDF yet: the presentation has no text in any language. A PDF is offered in each language it is written in.',
    printView: 'Print version',
    printViewLanguage: '(language: {{language}})',
    backToEditor: 'Back to the presentation',
    print: 'Print',
  },
  presentationSections: {
    motivations: 'Our motivations',
    territory_and_actors: 'Our territory and its actors',
    stakes: 'Our stakes',
    contributions: 'What we can bring',
  },
  presentationHints: {
    motivations: 'Why your authority wants to cooperate, and what it expects from it.',
    territory_and_actors: 'Your territory, its inhabitants and the actors behind the approach.',
    stakes: 'The stakes of your territory where cooperation can be a lever.',
    contributions: 'The know-how, services or experience you can share.',
  },
  presentationDocument: {
    subtitle: 'Presentation of the authority',
    empty: 'Section not filled in.',
  },
  shareLinks: {
    title: 'Share links',
    noTextYet: 'Write the presentation before sharing it: a link is offered in each language it has text in.',
    intro:
      'Send a candidate authority a link to your presentation: it reads it without an account, and sees nothing else of the partnership. The link expires after the number of days chosen; you can withdraw it at any time.',
    language: 'Language of the link',
    days: 'Valid for (days)',
    daysHint: 'From 1 to {{max}} days.',
    create: 'Create a share link',
    created: 'Link created ({{language}}), valid until {{date}}. Copy it now: it will not be shown again.',
    url: 'Link to send',
    urlHint: 'Shown only once: Passerelle keeps only a fingerprint of it.',
    copy: 'Copy the link',
    copied: 'Link copied.',
    copyFailed: 'Copying failed: select the link and copy it.',
    listTitle: 'Links sent',
    empty: 'No link yet.',
    summary: 'Link of {{created}} · {{language}}',
    states: {
      active: 'Active',
      expired: 'Expired',
      revoked: 'Withdrawn',
    },
    expiresOn: 'Expires on {{date}}.',
    expiredOn: 'Expired on {{date}}.',
    revokedOn: 'Withdrawn on {{date}}.',
    revoke: 'Withdraw the link of {{date}}',
    revoked: 'The link of {{date}} is withdrawn: it no longer works.',
  },
};
