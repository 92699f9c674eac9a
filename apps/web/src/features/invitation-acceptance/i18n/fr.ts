export const invitationAcceptanceFr = {
  invitation: {
    title: 'Invitation à Passerelle',
    colleague:
      '{{invitedBy}} ({{invitingOrganisation}}) vous invite à rejoindre {{organisation}} sur Passerelle.',
    partner:
      '{{invitedBy}} ({{invitingOrganisation}}) invite {{organisation}} à rejoindre un partenariat sur Passerelle.',
    details: 'Détails de l’invitation',
    email: 'Adresse e-mail',
    organisation: 'Collectivité',
    role: 'Rôle',
    partnership: 'Partenariat',
    expiresAt: 'Valable jusqu’au',
    formTitle: 'Créez votre compte',
    displayName: 'Votre nom',
    password: 'Mot de passe',
    confirm: 'Confirmez le mot de passe',
    submit: 'Créer mon compte',
    signIn: 'Se connecter',
  },
};
