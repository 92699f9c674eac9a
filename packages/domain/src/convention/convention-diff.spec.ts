import { EMPTY_CONVENTION_CONTENT, type ConventionVersion } from './convention';
import { diffConventionVersions, diffLines } from './convention-diff';

const version = (number: number, overrides: Partial<ConventionVersion> = {}): ConventionVersion => ({
  number,
  text: 'Article 1\nArticle 2',
  content: { ...EMPTY_CONVENTION_CONTENT, objectives: 'Water for all', priorities: ['Water', 'Youth'] },
  terms: { durationMonths: 36, tacitRenewal: null, terminationNoticeDays: 90 },
  createdAt: new Date('2025-06-01T10:00:00Z'),
  ...overrides,
});

describe('convention version diff', () => {
  it('lists only the fields that changed, each as a line diff', () => {
    const before = version(1);
    const after = version(2, {
      text: 'Article 1\nArticle 1 bis\nArticle 2',
      content: { ...before.content, priorities: ['Water', 'Culture'] },
      terms: { ...before.terms, durationMonths: 48 },
    });
    const diff = diffConventionVersions(before, after);
    expect(diff).toMatchObject({ fromVersion: 1, toVersion: 2 });
    expect(diff.changes.map((change) => change.field)).toEqual(['text', 'priorities', 'durationMonths']);
    expect(diff.changes[0]?.lines).toEqual([
      { operation: 'same', text: 'Article 1' },
      { operation: 'added', text: 'Article 1 bis' },
      { operation: 'same', text: 'Article 2' },
    ]);
    expect(diff.changes[1]?.lines).toEqual([
      { operation: 'same', text: 'Water' },
      { operation: 'removed', text: 'Youth' },
      { operation: 'added', text: 'Culture' },
    ]);
  });

  it('finds nothing between identical versions', () => {
    expect(diffConventionVersions(version(1), version(2)).changes).toEqual([]);
  });

  it('keeps every line of both sides, in order', () => {
    const lines = diffLines(['a', 'b', 'c', 'd'], ['b', 'x', 'd', 'e']);
    expect(lines.filter((line) => line.operation !== 'added').map((line) => line.text)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(lines.filter((line) => line.operation !== 'removed').map((line) => line.text)).toEqual([
      'b',
      'x',
      'd',
      'e',
    ]);
    expect(lines.filter((line) => line.operation === 'same')).toHaveLength(2);
  });
});
