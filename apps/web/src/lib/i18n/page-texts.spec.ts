import { frPages } from './fr-pages';
import { frShell } from './fr-shell';
import { createI18n, loadPageTexts } from './i18n';

describe('the French texts of the pages, fetched with the first page', () => {
  it('leaves them out of the first screen, then adds them to the app’s instance once fetched', async () => {
    const app = await createI18n('fr', { pageTexts: 'with-first-page' });
    expect(app.t('session.signOut')).toBe('Se déconnecter');
    expect(app.t('visits.replan')).toBe('visits.replan');

    await loadPageTexts();
    expect(app.t('visits.replan')).toBe('Modifier la mission');
    // An instance made afterwards has them at once.
    const later = await createI18n('fr', { pageTexts: 'with-first-page' });
    expect(later.t('visits.replan')).toBe('Modifier la mission');
  });

  it('splits the catalogue without a block in both halves, where one would hide the other', () => {
    expect(Object.keys(frShell).filter((block) => block in frPages)).toEqual([]);
  });
});
