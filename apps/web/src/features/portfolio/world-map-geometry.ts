import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Natural Earth's 1:110m countries (public domain) as TopoJSON, from the world-atlas package. This module is
// only loaded through `import()` by world-map.tsx, so the data and d3-geo stay in a chunk of their own.
import countries110m from 'world-atlas/countries-110m.json';
import { ALPHA2_BY_NUMERIC } from './country-numeric-codes';

interface CountryProperties {
  name: string;
}

type WorldTopology = Topology<{
  countries: GeometryCollection<CountryProperties>;
  land: GeometryCollection;
}>;

/** One country outline, projected into the map's coordinates. */
export interface CountryShape {
  /** ISO 3166-1 alpha-2 code, or null for the few areas that have none (N. Cyprus, Somaliland). */
  code: string | null;
  /** The SVG path data. */
  d: string;
}

export interface WorldGeometry {
  width: number;
  height: number;
  countries: CountryShape[];
}

const WIDTH = 960;
const ANTARCTICA = '010';
/** Countries that world-atlas draws without a numeric id but that have an ISO alpha-2 code. */
const ALPHA2_BY_NAME: Readonly<Record<string, string>> = { Kosovo: 'XK' };

/**
 * Projects every country but Antarctica (it holds no local authority and would take a fifth of the height)
 * with the Equal Earth projection, which keeps areas true, into a box `WIDTH` wide.
 */
export function projectWorld(): WorldGeometry {
  const topology = countries110m as unknown as WorldTopology;
  const collection = feature(topology, topology.objects.countries);
  const features = collection.features.filter((country) => country.id !== ANTARCTICA);
  const drawn = { ...collection, features };
  const projection = geoEqualEarth().fitWidth(WIDTH, drawn);
  const path = geoPath(projection).digits(1);
  const [, [, bottom]] = path.bounds(drawn);
  return {
    width: WIDTH,
    height: Math.ceil(bottom),
    countries: features.map((country) => ({
      code:
        (country.id === undefined
          ? ALPHA2_BY_NAME[country.properties.name]
          : ALPHA2_BY_NUMERIC[String(country.id)]) ?? null,
      d: path(country) ?? '',
    })),
  };
}
