import { jsonNestsDeeperThan } from './json-nesting';

describe('jsonNestsDeeperThan', () => {
  it('counts arrays and objects nested in each other', () => {
    expect(jsonNestsDeeperThan('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(jsonNestsDeeperThan('{"a":[{"b":[1]}]}', 3)).toBe(true);
  });

  it('counts siblings once, not their sum', () => {
    expect(jsonNestsDeeperThan(`[${'[1],'.repeat(100)}[1]]`, 2)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonNestsDeeperThan(JSON.stringify({ text: '[[[[{{{{ "\\" [[[[' }), 1)).toBe(false);
  });

  it('finds 5,000 nested arrays without parsing them', () => {
    expect(jsonNestsDeeperThan('['.repeat(5000), 32)).toBe(true);
  });
});
