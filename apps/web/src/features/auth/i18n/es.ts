import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { authFr } from './fr';

export const authEs: Catalogue<typeof authFr> = {
  signIn: {
    title: 'Inicio de sesión',
    intro: 'Inicie sesión con la dirección de correo electrónico con la que su gobierno local le invitó.',
    email: 'Correo electrónico',
    password: 'Contraseña',
    submit: 'Iniciar sesión',
    invalidCredentials: 'Correo electrónico o contraseña incorrectos.',
    tooMany: 'Demasiados intentos de inicio de sesión. Vuelva a intentarlo más tarde.',
    tooManyWithDelay:
      'Demasiados intentos de inicio de sesión. Vuelva a intentarlo dentro de {{minutes}} min.',
    required: 'Inicie sesión para acceder a esta página.',
  },
  changePassword: {
    title: 'Cambiar la contraseña',
    intro: 'Sus otras sesiones se cerrarán; esta sigue abierta.',
    current: 'Contraseña actual',
    new: 'Nueva contraseña',
    confirm: 'Confirme la nueva contraseña',
    submit: 'Cambiar la contraseña',
    done: 'Su contraseña se ha cambiado.',
  },
  password: {
    hint: 'Al menos {{min}} caracteres, sin su correo electrónico ni el nombre de su gobierno local.',
    mismatch: 'Las dos contraseñas no coinciden.',
  },
};
