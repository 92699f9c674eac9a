import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { methodWarningsFr } from './fr';

export const methodWarningsEs: Catalogue<typeof methodWarningsFr> = {
  ruptureSignals: {
    title: 'Señales de alerta de ruptura',
    intro:
      'Algunas regiones han roto sus cooperaciones tras unas elecciones, recortes presupuestarios o un repliegue sobre su propio interés, a menudo sin negociar. Anote estas señales en cuanto las conozca, de cada lado: quedan en el historial, son visibles para todas las partes y reducen la puntuación de salud mientras pesan (seis meses antes de su fecha, un año después).',
    empty: 'Ninguna señal registrada.',
    loading: 'Cargando las señales…',
    listLabel: 'Señales registradas',
    active: 'Pesa actualmente',
    inactive: 'Ya no pesa (o aún no)',
    concerns: 'Lado: {{party}}',
    on: 'Fecha: {{date}}',
    recordedBy: 'Anotada por {{party}}',
    kinds: {
      election: 'Elecciones',
      mandate_change: 'Cambio de mandato o de ejecutivo',
      budget_cut: 'Recorte del presupuesto de cooperación',
      self_interest_turn: 'Repliegue sobre el interés propio del territorio',
      instability: 'Inestabilidad (política, administrativa, de seguridad)',
      handed_to_operators: 'Cooperación confiada a operadores (ONG, consultoras)',
    },
    form: {
      title: 'Anotar una señal',
      kind: 'Tipo de señal',
      side: 'De qué lado',
      sideHelpPartner: 'Un gobierno local socio anota las señales de su propio lado.',
      occursOn: 'Fecha (día de la votación, inicio del mandato, aprobación del presupuesto…)',
      note: 'Lo que sabe, y por quién',
      submit: 'Guardar la señal',
      recorded: 'Señal guardada.',
    },
    dashboard: {
      label: 'Señales de ruptura',
      item: '{{kind}} — {{party}}, {{date}}',
    },
  },
  commitmentGate: {
    title: 'Primero, construir la voluntad de compromiso',
    intro:
      'La búsqueda de socios solo es pertinente cuando la voluntad de compromiso está construida: sin motivaciones validadas por los cargos electos ni actores del territorio que impulsen el proyecto, el socio se encuentra con una institución sola, sin proyecto. Ya puede anotar un contacto conocido por casualidad; esto es lo que aún falta.',
    missing: 'Lo que falta en la etapa 1',
    actors:
      '{{associated}} actor(es) del territorio asociado(s), de {{kinds}} tipo(s); se necesitan al menos {{requiredActors}}, de al menos {{requiredKinds}} tipos.',
    acceptBlocked:
      'Un socio solo puede aceptarse una vez que un cargo electo haya validado sus motivaciones.',
    fix: 'Completar',
  },
};
