import { useMemo, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldControlProps } from './form';
import { knownTimeZones } from './time-zones';
import { localeOf } from '../../lib/i18n/locale';

/** The first part of an IANA name, by which the zones are grouped (`Africa/Bamako` → Africa). */
const AREAS = [
  'Africa',
  'America',
  'Antarctica',
  'Arctic',
  'Asia',
  'Atlantic',
  'Australia',
  'Europe',
  'Indian',
  'Pacific',
] as const;
type Area = (typeof AREAS)[number] | 'other';

interface TimeZoneOption {
  zone: string;
  label: string;
}

interface TimeZoneGroup {
  area: Area;
  options: TimeZoneOption[];
}

function areaOf(zone: string): Area {
  const area = zone.split('/')[0];
  return (AREAS as readonly string[]).includes(area ?? '') ? (area as Area) : 'other';
}

/** `America/Argentina/Buenos_Aires` → "Buenos Aires (Argentina)": the city people know the zone by. */
function placeOf(zone: string): string {
  const parts = zone.split('/').map((part) => part.replaceAll('_', ' '));
  const city = parts[parts.length - 1] ?? zone;
  const within = parts.length > 2 ? ` (${parts.slice(1, -1).join(', ')})` : '';
  return `${city}${within}`;
}

/** The zone's name and its offset today in `language`: "heure moyenne de Greenwich, UTC+00:00". */
function describe(zone: string, language: string, now: Date): string {
  const part = (style: 'longGeneric' | 'longOffset') =>
    new Intl.DateTimeFormat(localeOf(language), { timeZone: zone, timeZoneName: style })
      .formatToParts(now)
      .find((item) => item.type === 'timeZoneName')?.value ?? '';
  const offset = part('longOffset')
    .replace(/^(GMT|UTC)$/, 'UTC+00:00')
    .replace(/^GMT/, 'UTC');
  const generic = part('longGeneric');
  return generic && generic !== offset && !generic.startsWith('GMT') ? `${generic}, ${offset}` : offset;
}

/** The zones the runtime knows, grouped by area, each labelled by its city, name and offset in `language`. */
export function timeZoneGroups(language: string, current: string, now = new Date()): TimeZoneGroup[] {
  const zones = knownTimeZones();
  // A zone saved earlier (or an alias the runtime folds away, such as `Asia/Calcutta`) stays choosable.
  if (current && !zones.includes(current)) zones.push(current);
  const collator = new Intl.Collator(language);
  const groups = new Map<Area, TimeZoneOption[]>();
  for (const zone of zones) {
    let label: string;
    try {
      label = `${placeOf(zone)} — ${describe(zone, language, now)}`;
    } catch {
      label = zone;
    }
    const area = areaOf(zone);
    groups.set(area, [...(groups.get(area) ?? []), { zone, label }]);
  }
  return [...AREAS, 'other' as const]
    .filter((area) => groups.has(area))
    .map((area) => ({
      area,
      options: (groups.get(area) ?? []).sort((a, b) => collator.compare(a.label, b.label)),
    }));
}

/**
 * A time zone chosen by its city and name in the reader's language, grouped by continent or ocean; the API
 * receives the IANA name (`Africa/Bamako`).
 */
export function TimeZoneSelect({
  control,
  name,
  value,
  onChange,
}: {
  control: FieldControlProps;
  name: string;
  value: string;
  onChange: (zone: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const groups = useMemo(() => timeZoneGroups(i18n.language, value), [i18n.language, value]);
  return (
    <select
      {...control}
      name={name}
      required
      value={value}
      onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
    >
      {groups.map((group) => (
        <optgroup key={group.area} label={t(`timeZoneAreas.${group.area}`)}>
          {group.options.map((option) => (
            <option key={option.zone} value={option.zone}>
              {option.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
