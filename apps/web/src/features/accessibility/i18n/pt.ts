import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { accessibilityFr } from './fr';

export const accessibilityPt: Catalogue<typeof accessibilityFr> = {
  accessibility: {
    title: 'Declaração de acessibilidade',
    commitment:
      'A autarquia que disponibiliza o Passerelle compromete-se a tornar os seus serviços digitais acessíveis, nos termos do artigo 47.º da lei francesa n.º 2005-102, de 11 de fevereiro de 2005. Esta declaração aplica-se ao Passerelle.',
    stateTitle: 'Estado de conformidade',
    state:
      'O Passerelle não está em conformidade com o referencial geral de melhoria da acessibilidade (RGAA), versão 4.1.2: ainda não foi realizada nenhuma auditoria de conformidade, e os defeitos conhecidos estão listados abaixo.',
    tested:
      'Em cada versão, testes automáticos percorrem todas as páginas, para cada função, num navegador com 375 píxeis de largura: nenhuma página ultrapassa o ecrã e cada uma tem um título, cada botão, campo ou ligação fora de uma frase oferece ao dedo pelo menos 44 × 44 píxeis que nada cobre (os países do mapa, desenhados à escala, também se escolhem numa lista), e a ferramenta axe não encontra nenhuma falha aos critérios WCAG 2.1 A e AA que sabe verificar. As janelas de introdução da página de uma ação também são abertas uma a uma, a 1280 e 375 píxeis, e verificadas da mesma forma. Estes testes não substituem uma auditoria.',
    shortcomingsTitle: 'Conteúdos não acessíveis',
    shortcomings: {
      forms:
        'Alguns formulários das páginas de etapa não anunciam os seus erros nem colocam o foco no primeiro campo com erro, como faz o formulário de início de sessão.',
      focus:
        'Depois do envio bem-sucedido de alguns formulários que ficam na página, o foco volta ao início da página; os formulários abertos numa janela devolvem-no ao botão que os abriu.',
      pdf: 'Os documentos PDF (apresentação da autarquia) não estão estruturados para leitores de ecrã.',
      languages:
        'A interface não existe em todas as línguas dos parceiros; os textos introduzidos pelos parceiros ficam na sua língua.',
    },
    madeTitle: 'Elaboração desta declaração',
    made: 'Esta declaração foi elaborada em {{date}}.',
    technologies: 'Tecnologias utilizadas: HTML, CSS, JavaScript (React), WAI-ARIA.',
    environment:
      'Ambiente de teste: Chromium (Debian) com 1280 e 375 píxeis de largura, com axe-core para as verificações automáticas.',
    contactTitle: 'Comentários e contacto',
    contact:
      'Se não conseguir aceder a um conteúdo ou a um serviço, escreva ao administrador do Passerelle da sua autarquia para ser orientado para uma alternativa acessível ou obter o conteúdo noutra forma.',
    recourseTitle: 'Vias de recurso',
    recourse:
      'Se assinalou um defeito de acessibilidade que o impede de aceder a um conteúdo ou a um serviço e não obteve resposta satisfatória, pode recorrer ao Défenseur des droits (provedor de justiça francês):',
    recourseForm: 'escrever uma mensagem ao Défenseur des droits (formulário em linha)',
    recourseDelegate: 'contactar o delegado do Défenseur des droits na sua região',
    recoursePhone: 'ligar para o +33 9 69 39 00 00',
    recourseMail:
      'enviar uma carta (gratuita, sem selo, a partir de França): Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07',
  },
};
