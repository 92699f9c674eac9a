import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { legalVariantsFr } from './fr';

export const legalVariantsDe: Catalogue<typeof legalVariantsFr> = {
  legalVariants: {
    title: 'Form und Rechtsrahmen',
    intro:
      'Die Form der Partnerschaft bestimmt die Schritte und Kriterien, an denen sie gemessen wird: Nothilfe oder eine Maßnahme ohne Vereinbarung wird nicht an den Kriterien einer Vereinbarung gemessen.',
    form: 'Form',
    legalBasis: 'Rechtsrahmen',
    bases: {
      convention:
        'Zusammenarbeit mit Vereinbarung (französisches Gesetz von 1992): Es gelten die sechs Schritte der Methode.',
      emergency_aid:
        'Humanitäre Hilfe und Nothilfe, ohne Vereinbarung zulässig (Gesetz von 2007): ein klar bestimmter Empfänger, die Hilfe eingeleitet, finanziert und abgeschlossen.',
      without_convention:
        'Außenmaßnahme ohne Vereinbarung (Wirtschaftsförderung, kulturelle Ausstrahlung, Einzelprojekt): das Engagement der Kommune, ein Partner, die Vorstellung und gemeinsam festgelegte Maßnahmen.',
    },
    criteriaTitle: 'Kriterien, die für diese Form gelten',
    stepsApplying: 'Verfolgte Schritte: {{steps}}.',
    changeForm: 'Form ändern',
    changeFormHint:
      'Die Änderung wird im Protokoll vermerkt. Solange eine unterzeichnete Vereinbarung die Parteien bindet, bleibt die Partnerschaft eine Zusammenarbeit mit Vereinbarung.',
    submitForm: 'Form speichern',
    formSaved: 'Form gespeichert.',
    governanceTitle: 'Leitung der Parteien',
    governanceIntro:
      'Eine Kommune kann von Mandatsträger:innen oder von einer staatlich ernannten Leitung (Präfekt, Gouverneur) geführt werden. In diesem Fall gibt die Person, die sie leitet oder für sie handelt, ihre Stellungnahmen ab (Beweggründe, Vereinbarkeit, Prioritäten, Reise in eine orange Zone).',
    governance: 'Leitung von {{party}}',
    editGovernance: 'Leitung ändern',
    editGovernanceOf: 'Leitung ändern: {{party}}',
    governances: {
      elected_executive: 'Gewählte Leitung',
      appointed_executive: 'Staatlich ernannte Leitung',
    },
    submitGovernance: 'Speichern',
    governanceSaved: 'Leitung gespeichert.',
  },
};
