import { GroupedStatements, type GroupedOutcome } from './grouped-statements';

/** A statement that records each group it is given and answers when `release` is called. */
function recordingStatement() {
  const groups: number[][] = [];
  let release: () => void = () => undefined;
  const run = (inputs: readonly number[]): Promise<ReadonlyArray<GroupedOutcome<number>>> => {
    groups.push([...inputs]);
    return new Promise((resolve) => {
      release = () => resolve(inputs.map((input) => ({ ok: input * 10 })));
    });
  };
  return { groups, run, release: () => release() };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupedStatements', () => {
  it('sends the calls of one turn as one group and gives each caller its own result', async () => {
    const statement = recordingStatement();
    const grouped = new GroupedStatements(statement.run);
    const answers = Promise.all([grouped.call(1), grouped.call(2), grouped.call(3)]);
    await nextTurn();
    statement.release();
    await expect(answers).resolves.toEqual([10, 20, 30]);
    expect(statement.groups).toEqual([[1, 2, 3]]);
  });

  it('gathers the calls made while a statement runs into the next group, one statement at a time', async () => {
    const statement = recordingStatement();
    const grouped = new GroupedStatements(statement.run);
    const first = grouped.call(1);
    await nextTurn();
    const later = [grouped.call(2), grouped.call(3), grouped.call(4)];
    await nextTurn();
    expect(statement.groups).toEqual([[1]]);
    statement.release();
    await expect(first).resolves.toBe(10);
    await nextTurn();
    expect(statement.groups).toEqual([[1], [2, 3, 4]]);
    statement.release();
    await expect(Promise.all(later)).resolves.toEqual([20, 30, 40]);
  });

  it('splits groups at their largest size and runs a full group without waiting for the linger', async () => {
    const statement = recordingStatement();
    const grouped = new GroupedStatements(statement.run, { maxGroupSize: 2, lingerMs: 60_000 });
    const answers = Promise.all([grouped.call(1), grouped.call(2), grouped.call(3)]);
    expect(statement.groups).toEqual([[1, 2]]);
    statement.release();
    await nextTurn();
    await nextTurn();
    expect(statement.groups).toEqual([[1, 2], [3]]);
    statement.release();
    await expect(answers).resolves.toEqual([10, 20, 30]);
  });

  it('fails only the caller whose input the statement refused, and every caller when it throws', async () => {
    const grouped = new GroupedStatements(
      (inputs: readonly number[]): Promise<ReadonlyArray<GroupedOutcome<number>>> => {
        if (inputs.includes(0)) return Promise.reject(new Error('connection lost'));
        return Promise.resolve(
          inputs.map((input) => (input < 0 ? { error: new Error('refused') } : { ok: input })),
        );
      },
    );
    const [kept, refused] = await Promise.allSettled([grouped.call(1), grouped.call(-1)]);
    expect(kept).toEqual({ status: 'fulfilled', value: 1 });
    expect(refused).toMatchObject({ status: 'rejected', reason: { message: 'refused' } });
    const both = await Promise.allSettled([grouped.call(0), grouped.call(2)]);
    expect(both.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    await expect(grouped.call(3)).resolves.toBe(3);
  });
});
