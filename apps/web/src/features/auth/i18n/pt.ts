import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { authFr } from './fr';

export const authPt: Catalogue<typeof authFr> = {
  signIn: {
    title: 'Início de sessão',
    intro: 'Inicie sessão com o endereço de correio eletrónico com que a sua autarquia o convidou.',
    email: 'Correio eletrónico',
    password: 'Palavra-passe',
    submit: 'Iniciar sessão',
    invalidCredentials: 'Correio eletrónico ou palavra-passe incorretos.',
    tooMany: 'Demasiadas tentativas de início de sessão. Tente novamente mais tarde.',
    tooManyWithDelay: 'Demasiadas tentativas de início de sessão. Tente novamente dentro de {{minutes}} min.',
    required: 'Inicie sessão para aceder a esta página.',
  },
  changePassword: {
    title: 'Alterar a palavra-passe',
    intro: 'As suas outras sessões serão terminadas; esta continua aberta.',
    current: 'Palavra-passe atual',
    new: 'Nova palavra-passe',
    confirm: 'Confirme a nova palavra-passe',
    submit: 'Alterar a palavra-passe',
    done: 'A sua palavra-passe foi alterada.',
  },
  password: {
    hint: 'Pelo menos {{min}} caracteres, sem o seu endereço de correio eletrónico nem o nome da sua autarquia.',
    mismatch: 'As duas palavras-passe não coincidem.',
  },
};
