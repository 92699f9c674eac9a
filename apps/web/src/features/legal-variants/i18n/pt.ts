import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { legalVariantsFr } from './fr';

export const legalVariantsPt: Catalogue<typeof legalVariantsFr> = {
  legalVariants: {
    title: 'Forma e enquadramento jurídico',
    intro:
      'A forma da parceria decide as etapas e os critérios que a medem: uma ajuda de emergência ou uma ação sem acordo não é avaliada pelos critérios de um acordo.',
    form: 'Forma',
    legalBasis: 'Enquadramento jurídico',
    bases: {
      convention: 'Cooperação sob acordo (lei de 1992): aplicam-se as seis etapas do método.',
      emergency_aid:
        'Ajuda humanitária e de emergência, permitida sem acordo (lei de 2007): um beneficiário claramente identificado, a ajuda lançada, financiada e concluída.',
      without_convention:
        'Ação externa sem acordo (promoção económica, projeção cultural, projeto pontual): o compromisso da autarquia, um parceiro, a apresentação e ações definidas em conjunto.',
    },
    criteriaTitle: 'Critérios que se aplicam a esta forma',
    stepsApplying: 'Etapas seguidas: {{steps}}.',
    changeForm: 'Mudar a forma',
    changeFormHint:
      'A alteração fica registada no registo. Enquanto um acordo assinado vincular as partes, a parceria continua sob acordo.',
    submitForm: 'Guardar a forma',
    formSaved: 'Forma guardada.',
    governanceTitle: 'Governação das partes',
    governanceIntro:
      'Uma autarquia pode ser dirigida por eleitos ou por um executivo nomeado pelo Estado (prefeito, governador). Nesse caso, os seus pareceres (motivações, compatibilidade, prioridades, visita em zona laranja) são dados pela pessoa que a dirige ou age em seu nome.',
    governance: 'Governação de {{party}}',
    editGovernance: 'Alterar a governação',
    editGovernanceOf: 'Alterar a governação de {{party}}',
    governances: {
      elected_executive: 'Executivo eleito',
      appointed_executive: 'Executivo nomeado pelo Estado',
    },
    submitGovernance: 'Guardar',
    governanceSaved: 'Governação guardada.',
  },
};
