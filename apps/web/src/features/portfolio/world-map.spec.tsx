import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import countries110m from 'world-atlas/countries-110m.json';
import { createI18n } from '../../lib/i18n/i18n';
import { type MapPartner, WorldMap } from './world-map';

// Room for the first load of the map's geometry (see renderMap) beyond Jest's default 5 s.
jest.setTimeout(20_000);

const PARTNERS: MapPartner[] = [
  { countryCode: 'ML', name: 'Bamako', partnershipCount: 1, healthScore: 82 },
  { countryCode: 'SN', name: 'Saint-Louis', partnershipCount: 2, healthScore: 55 },
  { countryCode: 'DE', name: 'Leipzig', partnershipCount: 1, healthScore: 31 },
  { countryCode: 'BF', name: 'Ouagadougou', partnershipCount: 1, healthScore: null },
];

const CAPTION = {
  fr: 'Vos collectivités partenaires dans le monde',
  en: 'Your partner authorities around the world',
};

async function renderMap(props: Parameters<typeof WorldMap>[0], language: keyof typeof CAPTION = 'fr') {
  const i18n = await createI18n(language);
  const view = render(
    <I18nextProvider i18n={i18n}>
      <WorldMap {...props} />
    </I18nextProvider>,
  );
  // The map data loads on demand: the drawing appears once it has. The first load imports and projects the
  // world's geometry (compiled for the test runner on first import), which can take seconds on a busy machine.
  const map = await screen.findByRole('img', { name: CAPTION[language] }, { timeout: 15_000 });
  return { ...view, map };
}

function countryShapes(map: HTMLElement, code: string): Element[] {
  return [...map.querySelectorAll(`path[data-country="${code}"]`)];
}

describe('WorldMap', () => {
  it('draws every country of the world but Antarctica', async () => {
    const { map } = await renderMap({ partners: PARTNERS });

    expect(map.querySelectorAll('path')).toHaveLength(countries110m.objects.countries.geometries.length - 1);
    expect(countryShapes(map, 'ML')).toHaveLength(1);
    expect(countryShapes(map, 'AQ')).toHaveLength(0);
  });

  it('fills partner countries by the health of their best partnership and outlines the home country', async () => {
    const { map } = await renderMap({ partners: PARTNERS, homeCountryCode: 'FR' });

    expect(countryShapes(map, 'ML')[0]).toHaveClass('world-map__country--good');
    expect(countryShapes(map, 'SN')[0]).toHaveClass('world-map__country--fair');
    expect(countryShapes(map, 'DE')[0]).toHaveClass('world-map__country--poor');
    expect(countryShapes(map, 'BF')[0]).toHaveClass('world-map__country--unknown');
    expect(countryShapes(map, 'IT')[0]).toHaveClass('world-map__country', { exact: true });
    expect(countryShapes(map, 'FR')[0]).toHaveClass('world-map__country--home');
    expect(screen.getByRole('list', { name: 'Légende de la carte' })).toHaveTextContent('Votre pays');
  });

  it('names each partner country in French, for screen readers and the hover tooltip', async () => {
    const { map } = await renderMap({ partners: PARTNERS, onSelectCountry: jest.fn() });

    expect(
      screen.getByRole('button', { name: 'Mali : Bamako (1 partenariat, santé 82)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Sénégal : Saint-Louis (2 partenariats, santé 55)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Burkina Faso : Ouagadougou (1 partenariat, santé inconnue)' }),
    ).toBeInTheDocument();
    expect(countryShapes(map, 'ML')[0]?.querySelector('title')).toHaveTextContent(
      'Mali : Bamako (1 partenariat, santé 82)',
    );
  });

  it('names partner countries in English when English is chosen', async () => {
    await renderMap({ partners: PARTNERS, onSelectCountry: jest.fn() }, 'en');

    expect(
      screen.getByRole('button', { name: 'Mali: Bamako (1 partnership, health 82)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Germany: Leipzig (1 partnership, health 31)' }),
    ).toBeInTheDocument();
  });

  it('sums up several partners of one country, with the health of the best partnership', async () => {
    await renderMap({
      partners: [
        { countryCode: 'BJ', name: 'Cotonou', partnershipCount: 2, healthScore: 45 },
        { countryCode: 'bj', name: 'Porto-Novo', partnershipCount: 1, healthScore: 74 },
      ],
      onSelectCountry: jest.fn(),
    });

    expect(
      screen.getByRole('button', { name: 'Bénin : Cotonou et Porto-Novo (3 partenariats, santé 74)' }),
    ).toBeInTheDocument();
  });

  it('selects a partner country from the keyboard with Enter or Space', async () => {
    const user = userEvent.setup();
    const onSelectCountry = jest.fn();
    await renderMap({ partners: PARTNERS, onSelectCountry });

    await user.tab();
    expect(screen.getByRole('button', { name: /^Mali :/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelectCountry).toHaveBeenLastCalledWith('ML');

    await user.tab();
    await user.keyboard(' ');
    expect(onSelectCountry).toHaveBeenLastCalledWith('SN');

    await user.click(screen.getByRole('button', { name: /^Allemagne :/ }));
    expect(onSelectCountry).toHaveBeenLastCalledWith('DE');
    expect(onSelectCountry).toHaveBeenCalledTimes(3);
  });

  it('offers no button when nothing can be selected', async () => {
    await renderMap({ partners: PARTNERS });

    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('lists the partners as a text alternative to the drawing', async () => {
    await renderMap({ partners: PARTNERS });

    const list = screen.getByRole('list', { name: 'Partenaires par pays' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Allemagne : Leipzig (1 partenariat, santé 31)',
      'Burkina Faso : Ouagadougou (1 partenariat, santé inconnue)',
      'Mali : Bamako (1 partenariat, santé 82)',
      'Sénégal : Saint-Louis (2 partenariats, santé 55)',
    ]);
  });

  it('lists a partner of an unknown country without drawing it', async () => {
    const { map } = await renderMap({
      partners: [...PARTNERS, { countryCode: 'XX', name: 'Atlantide', partnershipCount: 1, healthScore: 60 }],
      onSelectCountry: jest.fn(),
    });

    expect(
      within(screen.getByRole('list', { name: 'Partenaires par pays' })).getByText(/Atlantide/),
    ).toHaveTextContent('XX : Atlantide (1 partenariat, santé 60)');
    expect(countryShapes(map, 'XX')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /Atlantide/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button')).toHaveLength(PARTNERS.length);
  });

  it('says so when there is no partner yet', async () => {
    await renderMap({ partners: [] });

    expect(screen.getByRole('list', { name: 'Partenaires par pays' })).toHaveTextContent(
      'Aucune collectivité partenaire pour l’instant.',
    );
  });
});
