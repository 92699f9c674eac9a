import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { legalVariantsFr } from './fr';

export const legalVariantsEn: Catalogue<typeof legalVariantsFr> = {
  legalVariants: {
    title: 'Form and legal basis',
    intro:
      'The partnership’s form decides which steps and criteria measure it: emergency aid or an action without a convention is not judged by a convention’s criteria.',
    form: 'Form',
    legalBasis: 'Legal basis',
    bases: {
      convention: 'Cooperation under a convention (1992 law): the six steps of the method apply.',
      emergency_aid:
        'Emergency humanitarian aid, lawful without a convention (2007 law): a clearly identified recipient, the aid started, funded and completed.',
      without_convention:
        'External action without a convention (economic promotion, cultural outreach, a one-off project): the authority’s commitment, a partner, the presentation and actions set in common.',
    },
    criteriaTitle: 'Criteria that apply to this form',
    stepsApplying: 'Steps followed: {{steps}}.',
    changeForm: 'Change the form',
    changeFormHint:
      'The change is kept in the audit trail. While a signed convention binds the parties, the partnership stays convention-based.',
    submitForm: 'Save the form',
    formSaved: 'Form saved.',
    governanceTitle: 'Governance of the parties',
    governanceIntro:
      'An authority may be led by elected officials or by an executive appointed by the State (a prefect, a governor). Then its reviews (motivations, compatibility, priorities, an orange-zone visit) are given by whoever leads it or acts for it.',
    governance: 'Governance of {{party}}',
    editGovernance: 'Change the governance',
    editGovernanceOf: 'Change the governance of {{party}}',
    governances: {
      elected_executive: 'Elected executive',
      appointed_executive: 'Executive appointed by the State',
    },
    submitGovernance: 'Save',
    governanceSaved: 'Governance saved.',
  },
};
