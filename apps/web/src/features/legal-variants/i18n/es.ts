import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { legalVariantsFr } from './fr';

export const legalVariantsEs: Catalogue<typeof legalVariantsFr> = {
  legalVariants: {
    title: 'Forma y marco jurídico',
    intro:
      'La forma de la alianza determina las etapas y los criterios que la miden: una ayuda de emergencia o una acción sin convenio no se evalúa con los criterios de un convenio.',
    form: 'Forma',
    legalBasis: 'Marco jurídico',
    bases: {
      convention: 'Cooperación con convenio (ley francesa de 1992): se aplican las seis etapas del método.',
      emergency_aid:
        'Ayuda humanitaria y de emergencia, permitida sin convenio (ley de 2007): un beneficiario claramente identificado y la ayuda iniciada, financiada y concluida.',
      without_convention:
        'Acción exterior sin convenio (promoción económica, proyección cultural, proyecto puntual): el compromiso del gobierno local, un socio, la presentación y acciones fijadas en común.',
    },
    criteriaTitle: 'Criterios que se aplican a esta forma',
    stepsApplying: 'Etapas seguidas: {{steps}}.',
    changeForm: 'Cambiar la forma',
    changeFormHint:
      'El cambio queda inscrito en el registro. Mientras un convenio firmado vincule a las partes, la alianza sigue siendo una cooperación con convenio.',
    submitForm: 'Guardar la forma',
    formSaved: 'Forma guardada.',
    governanceTitle: 'Gobierno de las partes',
    governanceIntro:
      'Un gobierno local puede estar dirigido por cargos electos o por un ejecutivo designado por el Estado (prefecto, gobernador). En ese caso, sus opiniones (motivaciones, compatibilidad, prioridades, visita a zona naranja) las emite la persona que lo dirige o actúa en su nombre.',
    governance: 'Gobierno de {{party}}',
    editGovernance: 'Cambiar el gobierno',
    editGovernanceOf: 'Cambiar el gobierno de {{party}}',
    governances: {
      elected_executive: 'Ejecutivo electo',
      appointed_executive: 'Ejecutivo designado por el Estado',
    },
    submitGovernance: 'Guardar',
    governanceSaved: 'Gobierno guardado.',
  },
};
