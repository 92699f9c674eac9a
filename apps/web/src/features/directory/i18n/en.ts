import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { directoryFr } from './fr';

export const directoryEn: Catalogue<typeof directoryFr> = {
  directory: {
    title: 'Directory of authorities',
    intro:
      'The authorities that published their profile on Passerelle, what they offer and seek, and their partner requests.',
    filters: 'Directory filters',
    country: 'Country',
    anyCountry: 'All countries',
    kind: 'Type',
    anyKind: 'All types',
    language: 'Language',
    languageHint: 'Language code, for example fr.',
    theme: 'Theme',
    anyTheme: 'All themes',
    search: 'Search',
    searchHint: 'Words of the name or the summary.',
    reset: 'Clear the filters',
    resultsTitle: 'Authorities',
    empty: 'No authority matches.',
    languages: 'Languages: {{languages}}',
    themesOffered: 'Offers: {{themes}}',
    themesSought: 'Seeks: {{themes}}',
    more: 'Show more',
    profileLink: 'Publish or edit your authority’s profile',
  },
  partnerRequests: {
    title: 'Partner requests',
    intro:
      'Authorities looking for a partner on a theme. The “Country” and “Theme” filters apply to them too.',
    empty: 'No open request matches.',
    byline: '{{organisation}} ({{country}}), on {{date}}',
    themes: 'Themes: {{themes}}',
    yours: 'Your request',
    close: 'Close the request “{{title}}”',
    closed: 'Request “{{title}}” closed.',
    more: 'Show more requests',
    formTitle: 'Post a request',
    formIntro: 'Say which partner you are looking for, why, and what your authority can bring.',
    requestTitle: 'Title of the request',
    description: 'Description',
    themesLabel: 'Themes',
    themesHint: 'Up to 10 themes.',
    submit: 'Post the request',
    published: 'Request “{{title}}” posted.',
  },
  directoryProfile: {
    title: 'Directory profile',
    intro:
      'What other authorities see of yours in the directory. The themes also feed the partner suggestions.',
    notListed:
      'Your authority is not in the directory yet: a profile that is not published cannot be read back here.',
    listed: 'Publish our profile in the directory',
    summary: 'Short presentation',
    summaryHint:
      'A few sentences about your territory and what you are looking for (2,000 characters at most).',
    themesOffered: 'Themes we offer',
    themesSought: 'Themes we seek',
    themesHint: 'Tick all that apply.',
    submit: 'Save the profile',
    savedListed: 'Profile saved: your authority is in the directory.',
    savedUnlisted: 'Profile saved: your authority does not appear in the directory.',
    seeDirectory: 'See the directory',
  },
};
