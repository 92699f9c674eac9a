import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { territoryActorsFr } from './fr';

export const territoryActorsEs: Catalogue<typeof territoryActorsFr> = {
  territoryActorDirectory: {
    title: 'Actores del territorio',
    intro:
      'Las asociaciones, centros, diásporas, empresas… de su territorio que sus alianzas implican en el proceso. Un actor vinculado por su nombre a una alianza también figura aquí.',
    filters: 'Filtros de actores',
    search: 'Buscar un actor',
    searchHint: 'Palabras del nombre.',
    kindFilter: 'Filtrar por tipo',
    anyKind: 'Todos los tipos',
    reset: 'Borrar los filtros',
    listTitle: 'Directorio de actores',
    empty: 'Ningún actor por ahora.',
    noMatch: 'Ningún actor coincide.',
    more: 'Ver más',
    contactOf: 'Contacto: {{contact}}',
    edit: 'Modificar',
    editLabel: 'Modificar {{name}}',
    save: 'Guardar',
    saved: 'Actor «{{name}}» guardado.',
    addTitle: 'Añadir un actor',
    name: 'Nombre',
    kind: 'Tipo de actor',
    contact: 'Contacto',
    contactHint: 'Una persona, un correo electrónico, un teléfono… (300 caracteres como máximo).',
    notes: 'Notas',
    add: 'Añadir el actor',
    added: 'Actor «{{name}}» añadido.',
  },
};
