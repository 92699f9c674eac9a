import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { methodWarningsFr } from './fr';

export const methodWarningsPt: Catalogue<typeof methodWarningsFr> = {
  ruptureSignals: {
    title: 'Sinais precursores de rutura',
    intro:
      'Há regiões que romperam as suas cooperações após eleições, cortes orçamentais ou um recuo para o interesse próprio, muitas vezes sem negociar. Registe estes sinais logo que tenha conhecimento deles, de cada lado: ficam no histórico, são visíveis por todas as partes e baixam a pontuação de saúde enquanto pesarem (seis meses antes da sua data, um ano depois).',
    empty: 'Nenhum sinal registado.',
    loading: 'A carregar os sinais…',
    listLabel: 'Sinais registados',
    active: 'Pesa hoje',
    inactive: 'Já não pesa (ou ainda não)',
    concerns: 'Lado: {{party}}',
    on: 'Data: {{date}}',
    recordedBy: 'Registado por {{party}}',
    kinds: {
      election: 'Eleições',
      mandate_change: 'Mudança de mandato ou de executivo',
      budget_cut: 'Corte no orçamento da cooperação',
      self_interest_turn: 'Recuo para o interesse próprio do território',
      instability: 'Instabilidade (política, administrativa, de segurança)',
      handed_to_operators: 'Cooperação entregue a operadores (ONG, gabinetes de estudos)',
    },
    form: {
      title: 'Registar um sinal',
      kind: 'Natureza do sinal',
      side: 'De que lado',
      sideHelpPartner: 'Uma autarquia parceira regista os sinais do seu próprio lado.',
      occursOn: 'Data (dia da votação, início do mandato, votação do orçamento…)',
      note: 'O que sabe, e por quem',
      submit: 'Guardar o sinal',
      recorded: 'Sinal registado.',
    },
    dashboard: {
      label: 'Sinais de rutura',
      item: '{{kind}} — {{party}}, {{date}}',
    },
  },
  commitmentGate: {
    title: 'Primeiro, construir o compromisso',
    intro:
      'A procura de parceiros só faz sentido depois de construído o compromisso: sem motivações validadas pelos eleitos, nem atores do território que apoiem a iniciativa, o parceiro encontra uma instituição isolada, sem projeto. Pode registar desde já um contacto encontrado por acaso; eis o que ainda falta.',
    missing: 'O que falta na etapa 1',
    actors:
      '{{associated}} ator(es) do território associado(s), de {{kinds}} tipo(s); são precisos pelo menos {{requiredActors}}, de pelo menos {{requiredKinds}} tipos.',
    acceptBlocked:
      'Um parceiro só pode ser aceite depois de as motivações da autarquia serem validadas por um(a) eleito(a).',
    fix: 'Completar',
  },
};
