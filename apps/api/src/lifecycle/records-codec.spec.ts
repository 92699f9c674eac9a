import { decodeRecords, encodeRecords } from './records-codec';

describe('lifecycle records codec', () => {
  it('brings instants back as dates and leaves date-like texts and calendar dates alone', () => {
    const records = {
      motivations: [
        { text: '2026-01-01T00:00:00.000Z', createdAt: new Date('2026-03-29T01:30:00.000Z'), review: null },
      ],
      visits: [{ from: '2026-05-02', nested: { at: new Date('2026-10-25T00:59:59.999Z') } }],
    };
    const roundTripped = decodeRecords<typeof records>(JSON.parse(JSON.stringify(encodeRecords(records))));
    expect(roundTripped).toEqual(records);
    expect(roundTripped.motivations[0]?.createdAt).toBeInstanceOf(Date);
    expect(typeof roundTripped.motivations[0]?.text).toBe('string');
  });

  it('stores what JSON would: no absent optional field, dates tagged inside arrays', () => {
    const encoded = encodeRecords({ review: undefined, at: [new Date('2026-01-02T03:04:05.000Z'), null] });
    expect(encoded).toEqual({ at: [{ $date: '2026-01-02T03:04:05.000Z' }, null] });
    expect(Object.keys(encoded as object)).toEqual(['at']);
  });

  it('leaves an object with a $date text among other fields as it is', () => {
    const stored = { note: { $date: '2026-01-01T00:00:00.000Z', author: 'x' } };
    expect(decodeRecords<typeof stored>(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });
});
