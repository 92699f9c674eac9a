/**
 * The demo authorities loaded on a fresh local start. Angers and Bamako are the partnership the method's
 * source documents keep citing (since 1974); Rennes shows that one authority never sees another's records.
 */
export interface DemoOrganisation {
  name: string;
  kind: string;
  countryCode: string;
  population: number;
  languages: string[];
  timeZone: string;
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    name: "Ville d'Angers",
    kind: 'commune',
    countryCode: 'FR',
    population: 157_175,
    languages: ['fr'],
    timeZone: 'Europe/Paris',
  },
  {
    name: 'District de Bamako',
    kind: 'other',
    countryCode: 'ML',
    population: 2_817_000,
    languages: ['fr', 'bm'],
    timeZone: 'Africa/Bamako',
  },
  {
    name: 'Ville de Rennes',
    kind: 'commune',
    countryCode: 'FR',
    population: 227_830,
    languages: ['fr'],
    timeZone: 'Europe/Paris',
  },
];

/** A login printed by the start command; accounts are part of the demo data once they exist. */
export interface DemoLogin {
  email: string;
  password: string;
  role: string;
  organisation: string;
}

export const DEMO_LOGINS: DemoLogin[] = [];
