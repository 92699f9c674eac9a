import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { iatiFr } from './fr';

export const iatiPt: Catalogue<typeof iatiFr> = {
  iati: {
    title: 'Ficheiro de atividades IATI',
    intro:
      'O ficheiro IATI (norma 2.03) publica as suas ações de cooperação financiadas pelo orçamento próprio: uma atividade por ação, com os seus parceiros, setores, países, orçamento, compromissos e pagamentos, e indicadores.',
    identifierIs: 'Identificador IATI da sua autarquia:',
    missingIdentifier: {
      title: 'A sua autarquia ainda não tem identificador IATI.',
      why: 'Cada atividade publicada tem um identificador que começa pelo da autarquia que publica: sem ele, nenhum ficheiro pode ser produzido.',
      how: 'Este identificador associa o prefixo de um registo reconhecido pela IATI e o número que este lhe atribui, por exemplo FR-SIRET- seguido do SIRET da autarquia. O administrador da sua autarquia introduz-o nesta página ou na página Perfil do diretório.',
    },
    identifier: {
      title: 'Identificador IATI da autarquia',
      label: 'Identificador de organização IATI',
      hint: 'Prefixo do registo, hífen, número: por exemplo FR-SIRET-21490007800012. Sem espaços nem / & | ?. Deixar vazio para o apagar.',
      submit: 'Guardar o identificador',
      saved: 'Identificador IATI guardado.',
      cleared: 'Identificador IATI apagado.',
      askAdministrator: 'O identificador IATI da autarquia é introduzido pelo seu administrador.',
    },
    issues: {
      title_one: 'O que falta ({{count}})',
      title_other: 'O que falta ({{count}})',
      none: 'Nada falta: todas as suas ações financiadas são publicadas completas.',
      leftOut: 'ação não publicada enquanto não for completada',
      codes: {
        organisation_identifier_missing: 'Falta o identificador IATI da autarquia',
        action_description_missing: 'Falta a descrição da ação',
        action_sectors_missing: 'Faltam os setores CAD da ação',
        action_start_missing: 'Falta a data de início da ação',
        line_period_missing: 'Linha orçamental sem período: nenhum orçamento publicado para ela',
        line_period_over_a_year:
          'Linha orçamental de mais de um ano: a IATI pede um orçamento por período de um ano no máximo',
        line_currency_unknown: 'Linha orçamental numa moeda desconhecida',
        transaction_in_future: 'Compromisso ou pagamento com data futura: publicado quando a data passar',
      },
    },
    download: {
      title: 'Descarregar o ficheiro',
      summary: '{{published}} ação(ões) publicada(s) de {{funded}} financiada(s) pelo orçamento próprio.',
      counts: '{{budgets}} orçamento(s), {{transactions}} transação(ões), {{indicators}} indicador(es)',
      xml: 'Descarregar o ficheiro IATI (XML)',
      needsIdentifier: 'O descarregamento será possível depois de introduzido o identificador IATI.',
      nothing: 'Nenhuma ação pode ainda ser publicada: complete o que falta acima.',
      version: 'Norma IATI {{version}}, listas de códigos de {{codeLists}}.',
    },
  },
};
