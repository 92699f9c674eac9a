import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { accessibilityFr } from './fr';

export const accessibilityEn: Catalogue<typeof accessibilityFr> = {
  accessibility: {
    title: 'Accessibility statement',
    commitment:
      'The authority that provides Passerelle to you is committed to making its digital services accessible, in accordance with article 47 of French law no. 2005-102 of 11 February 2005. This statement applies to Passerelle.',
    stateTitle: 'Compliance status',
    state:
      'Passerelle does not comply with the French accessibility standard (RGAA), version 4.1.2: no compliance audit has been carried out yet, and known shortcomings are listed below.',
    tested:
      'With each release, automated tests walk every page, for every role, in a browser 375 pixels wide: no page is wider than the screen and each has a title, every button, field or link outside a sentence gives a finger at least 44 × 44 pixels that nothing covers (the map’s countries, drawn to scale, can also be chosen from a list), and the axe tool finds no fault against the WCAG 2.1 A and AA criteria it can check. The entry dialogs of an action’s page are also opened one by one, at 1,280 and 375 pixels, and checked the same way. These tests do not replace an audit.',
    shortcomingsTitle: 'Content that is not accessible',
    shortcomings: {
      forms:
        'Some forms on the step pages do not announce their errors or move the focus to the first field in error as the sign-in form does.',
      focus:
        'After some forms that stay in the page are sent successfully, the focus goes back to the top of the page; forms opened in a dialog give it back to the button that opened them.',
      pdf: 'PDF documents (the authority’s presentation) are not tagged for screen readers.',
      languages:
        'The interface exists in French, English, German, Spanish, Portuguese and Arabic; texts entered by partners stay in their language.',
    },
    madeTitle: 'About this statement',
    made: 'This statement was made on {{date}}.',
    technologies: 'Technologies used: HTML, CSS, JavaScript (React), WAI-ARIA.',
    environment:
      'Test environment: Chromium (Debian) at 1,280 and 375 pixels wide, with axe-core for the automated checks.',
    contactTitle: 'Feedback and contact',
    contact:
      'If you cannot access some content or a service, write to your authority’s Passerelle administrator to be directed to an accessible alternative or to get the content in another form.',
    recourseTitle: 'Recourse',
    recourse:
      'If you reported an accessibility fault that prevents you from accessing content or a service and did not get a satisfactory answer, you can refer the matter to the Défenseur des droits (the French rights ombudsman):',
    recourseForm: 'write to the Défenseur des droits (online form)',
    recourseDelegate: 'contact the Défenseur des droits’ delegate in your region',
    recoursePhone: 'call +33 9 69 39 00 00',
    recourseMail:
      'send a letter (free of charge, no stamp needed in France): Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07',
  },
};
