import { escapeText, foldLine, formatUtcDateTime, serializeCalendar, type IcsCalendar } from './ical';

const CALENDAR: IcsCalendar = {
  productId: '-//Passerelle//Calendar feed//FR',
  name: 'Passerelle – Angers',
  refreshMinutes: 60,
  generatedAt: new Date('2026-03-14T08:30:05.123Z'),
  events: [
    {
      uid: 'visit-1b2c@passerelle.test',
      firstDay: '2026-04-06',
      lastDay: '2026-04-10',
      summary: 'Mission à Bamako : eau, assainissement; suivi',
      description: 'Programme :\nVisite de la station\nhttps://passerelle.test/partenariats/1',
      location: 'District de Bamako (ML)',
      url: 'https://passerelle.test/partenariats/1/missions',
      categories: ['Passerelle', 'Mission'],
    },
  ],
};

/** The unfolded content lines of a serialized calendar. */
function unfold(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
}

describe('iCalendar serializer', () => {
  it('writes a published calendar with CRLF line endings only', () => {
    const text = serializeCalendar(CALENDAR);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(unfold(text).slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Passerelle//Calendar feed//FR',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Passerelle – Angers',
    ]);
    expect(unfold(text)).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT60M');
    expect(unfold(text).at(-1)).toBe('END:VCALENDAR');
  });

  it('writes all-day events with an exclusive end date and a UTC stamp', () => {
    const lines = unfold(serializeCalendar(CALENDAR));
    expect(lines).toEqual(
      expect.arrayContaining([
        'UID:visit-1b2c@passerelle.test',
        'DTSTAMP:20260314T083005Z',
        'DTSTART;VALUE=DATE:20260406',
        'DTEND;VALUE=DATE:20260411',
        'URL:https://passerelle.test/partenariats/1/missions',
        'CATEGORIES:Passerelle,Mission',
        'TRANSP:TRANSPARENT',
      ]),
    );
  });

  it('ends a one-day event on the next day, across a month and a year', () => {
    const lines = unfold(
      serializeCalendar({
        ...CALENDAR,
        events: [{ uid: 'a@x', firstDay: '2026-12-31', lastDay: '2026-12-31', summary: 'Échange' }],
      }),
    );
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
  });

  it('escapes backslashes, semicolons, commas and line breaks in text, not in URLs', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('deux-points: gardés')).toBe('deux-points: gardés');
    const lines = unfold(serializeCalendar(CALENDAR));
    expect(lines).toContain('SUMMARY:Mission à Bamako : eau\\, assainissement\\; suivi');
    expect(lines).toContain(
      'DESCRIPTION:Programme :\\nVisite de la station\\nhttps://passerelle.test/partenariats/1',
    );
  });

  it('drops control characters, which TEXT values may not hold, and keeps tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });

  it('leaves lines of 75 octets alone and folds longer ones with a leading space', () => {
    const exact = `SUMMARY:${'x'.repeat(67)}`;
    expect(Buffer.byteLength(exact)).toBe(75);
    expect(foldLine(exact)).toBe(exact);
    const long = `DESCRIPTION:${'y'.repeat(200)}`;
    const folded = foldLine(long).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    expect(Buffer.byteLength(folded[0]!)).toBe(75);
    for (const continuation of folded.slice(1)) {
      expect(continuation.startsWith(' ')).toBe(true);
      expect(Buffer.byteLength(continuation)).toBeLessThanOrEqual(75);
    }
    expect(folded.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(long);
  });

  it('never splits a multi-byte UTF-8 character when folding', () => {
    // é is two octets, 🤝 four (a surrogate pair in JavaScript): neither may be cut in half.
    const line = `SUMMARY:${'é'.repeat(40)}🤝${'à'.repeat(30)}🤝🤝 Coopération décentralisée`;
    const folded = foldLine(line).split('\r\n');
    for (const [index, part] of folded.entries()) {
      const octets = Buffer.from(part, 'utf8');
      expect(octets.length).toBeLessThanOrEqual(75);
      // Each part is valid UTF-8 on its own: decoding and re-encoding gives the same octets.
      expect(Buffer.from(octets.toString('utf8'), 'utf8').equals(octets)).toBe(true);
      expect(part).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
      if (index > 0) expect(part.startsWith(' ')).toBe(true);
    }
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('folds every long line of a serialized calendar within 75 octets', () => {
    const text = serializeCalendar({
      ...CALENDAR,
      events: [{ ...CALENDAR.events[0]!, description: 'Échange régulier entre élus, '.repeat(20) }],
    });
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('formats instants in UTC without fractions of a second', () => {
    expect(formatUtcDateTime(new Date('2026-01-02T03:04:05.999Z'))).toBe('20260102T030405Z');
  });
});
