import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { territoryActorsFr } from './fr';

export const territoryActorsPt: Catalogue<typeof territoryActorsFr> = {
  territoryActorDirectory: {
    title: 'Atores do território',
    intro:
      'As associações, estabelecimentos, diásporas, empresas… do seu território que as suas parcerias associam ao processo. Um ator associado pelo nome a uma parceria também aparece aqui.',
    filters: 'Filtros dos atores',
    search: 'Procurar um ator',
    searchHint: 'Palavras do nome.',
    kindFilter: 'Filtrar por tipo',
    anyKind: 'Todos os tipos',
    reset: 'Limpar os filtros',
    listTitle: 'Diretório dos atores',
    empty: 'Ainda não há atores.',
    noMatch: 'Nenhum ator corresponde.',
    more: 'Ver mais',
    contactOf: 'Contacto: {{contact}}',
    edit: 'Editar',
    editLabel: 'Editar {{name}}',
    save: 'Guardar',
    saved: 'Ator «{{name}}» guardado.',
    addTitle: 'Adicionar um ator',
    name: 'Nome',
    kind: 'Tipo de ator',
    contact: 'Contacto',
    contactHint: 'Uma pessoa, um correio eletrónico, um telefone… (no máximo 300 caracteres).',
    notes: 'Notas',
    add: 'Adicionar o ator',
    added: 'Ator «{{name}}» adicionado.',
  },
};
