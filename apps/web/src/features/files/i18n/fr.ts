export const filesFr = {
  files: {
    hint: 'PDF, PNG, JPEG ou WebP. Le fichier est envoyé dès qu’il est choisi.',
    choose: 'Choisir un fichier…',
    uploading: 'Envoi du fichier…',
    uploaded: 'Fichier joint : {{name}}',
    download: 'Télécharger {{name}}',
  },
};
