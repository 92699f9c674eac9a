import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { accessibilityFr } from './fr';

export const accessibilityEs: Catalogue<typeof accessibilityFr> = {
  accessibility: {
    title: 'Declaración de accesibilidad',
    commitment:
      'El gobierno local que pone Passerelle a su disposición se compromete a hacer accesibles sus servicios digitales, conforme al artículo 47 de la ley francesa n.º 2005-102 de 11 de febrero de 2005. Esta declaración se aplica a Passerelle.',
    stateTitle: 'Estado de conformidad',
    state:
      'Passerelle no es conforme con el referencial general francés de mejora de la accesibilidad (RGAA), versión 4.1.2: todavía no se ha realizado ninguna auditoría de conformidad, y los defectos conocidos se enumeran más abajo.',
    tested:
      'En cada versión, unas pruebas automáticas recorren todas las páginas, para cada rol, en un navegador de 375 píxeles de ancho: ninguna página desborda la pantalla y todas tienen un título, cada botón, campo o enlace fuera de una frase ofrece al dedo al menos 44 × 44 píxeles que nada tapa (los países del mapa, dibujados a escala, también se eligen en una lista), y la herramienta axe no encuentra ningún fallo en los criterios WCAG 2.1 A y AA que sabe verificar. Los cuadros de diálogo de la página de una acción también se abren uno a uno, a 1280 y 375 píxeles, y se verifican del mismo modo. Estas pruebas no sustituyen una auditoría.',
    shortcomingsTitle: 'Contenidos no accesibles',
    shortcomings: {
      forms:
        'Algunos formularios de las páginas de etapa no anuncian sus errores ni llevan el foco al primer campo con error, como sí hace el formulario de inicio de sesión.',
      focus:
        'Tras el envío correcto de algunos formularios que permanecen en la página, el foco vuelve al principio de la página; los formularios abiertos en un cuadro de diálogo lo devuelven al botón que los abrió.',
      pdf: 'Los documentos PDF (presentación del gobierno local) no están etiquetados para lectores de pantalla.',
      languages:
        'La interfaz existe en francés, inglés, alemán, español, portugués y árabe; los textos introducidos por los socios permanecen en su idioma.',
    },
    madeTitle: 'Elaboración de esta declaración',
    made: 'Esta declaración se elaboró el {{date}}.',
    technologies: 'Tecnologías utilizadas: HTML, CSS, JavaScript (React), WAI-ARIA.',
    environment:
      'Entorno de prueba: Chromium (Debian) a 1280 y 375 píxeles de ancho, con axe-core para las verificaciones automáticas.',
    contactTitle: 'Comentarios y contacto',
    contact:
      'Si no consigue acceder a un contenido o a un servicio, escriba a la administración de Passerelle de su gobierno local para que le orienten hacia una alternativa accesible o le faciliten el contenido en otra forma.',
    recourseTitle: 'Vías de recurso',
    recourse:
      'Si ha señalado un defecto de accesibilidad que le impide acceder a un contenido o a un servicio y no ha obtenido una respuesta satisfactoria, puede acudir al Défenseur des droits (defensor del pueblo francés):',
    recourseForm: 'escribir un mensaje al Défenseur des droits (formulario en línea)',
    recourseDelegate: 'contactar con la delegación del Défenseur des droits en su región',
    recoursePhone: 'llamar al 09 69 39 00 00 (desde Francia)',
    recourseMail:
      'enviar una carta (gratuita, sin sello): Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07',
  },
};
