export const authFr = {
  signIn: {
    title: 'Connexion',
    intro: 'Connectez-vous avec l’adresse e-mail à laquelle votre collectivité vous a invité.',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    submit: 'Se connecter',
    invalidCredentials: 'E-mail ou mot de passe incorrect.',
    tooMany: 'Trop de tentatives de connexion. Réessayez plus tard.',
    tooManyWithDelay: 'Trop de tentatives de connexion. Réessayez dans {{minutes}} min.',
    required: 'Connectez-vous pour accéder à cette page.',
  },
  changePassword: {
    title: 'Changer de mot de passe',
    intro: 'Vos autres sessions seront fermées ; celle-ci reste ouverte.',
    current: 'Mot de passe actuel',
    new: 'Nouveau mot de passe',
    confirm: 'Confirmez le nouveau mot de passe',
    submit: 'Changer le mot de passe',
    done: 'Votre mot de passe a été changé.',
  },
  password: {
    hint: 'Au moins {{min}} caractères, sans votre adresse e-mail ni le nom de votre collectivité.',
    mismatch: 'Les deux mots de passe ne correspondent pas.',
  },
};
