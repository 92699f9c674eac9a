export const sharedPresentationFr = {
  sharedPresentation: {
    title: 'Présentation partagée',
    subtitle: 'Présentation de la collectivité · {{country}}',
    pdf: 'Télécharger le PDF',
    expiresOn: 'Ce lien est valable jusqu’au {{date}}.',
  },
};
