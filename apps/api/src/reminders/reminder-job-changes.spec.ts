import type { EntityManager, QueryRunner } from 'typeorm';
import { recordJobChanges, takeJobChanges } from './reminder-job-changes';

function transaction(active = true): { manager: EntityManager; runner: QueryRunner } {
  const runner = { isTransactionActive: active, data: {} } as unknown as QueryRunner;
  return { manager: { queryRunner: runner } as unknown as EntityManager, runner };
}

const at = new Date('2027-03-05T08:00:00Z');

describe('reminder job changes noted on a transaction', () => {
  it('keeps them on the transaction until taken, then forgets them', () => {
    const { manager, runner } = transaction();
    expect(
      recordJobChanges(manager, { scheduled: [{ reminderId: 'r1', notifyAt: at, replace: false }] }),
    ).toBe(true);
    recordJobChanges(manager, { cancelled: ['r2'] });
    const changes = takeJobChanges(runner);
    expect([...changes!.scheduled.keys()]).toEqual(['r1']);
    expect([...changes!.cancelled]).toEqual(['r2']);
    expect(takeJobChanges(runner)).toBeUndefined();
  });

  it('replaces the job of a row cancelled then scheduled again in the same transaction', () => {
    const { manager, runner } = transaction();
    recordJobChanges(manager, { cancelled: ['r1'] });
    recordJobChanges(manager, { scheduled: [{ reminderId: 'r1', notifyAt: at, replace: false }] });
    const changes = takeJobChanges(runner)!;
    expect(changes.cancelled.size).toBe(0);
    expect(changes.scheduled.get('r1')).toEqual({ reminderId: 'r1', notifyAt: at, replace: true });
  });

  it('drops the job of a row scheduled then cancelled in the same transaction', () => {
    const { manager, runner } = transaction();
    recordJobChanges(manager, { scheduled: [{ reminderId: 'r1', notifyAt: at, replace: false }] });
    recordJobChanges(manager, { cancelled: ['r1'] });
    const changes = takeJobChanges(runner)!;
    expect(changes.scheduled.size).toBe(0);
    expect([...changes.cancelled]).toEqual(['r1']);
  });

  it('notes nothing outside a transaction (reconciliation creates those jobs)', () => {
    const { manager, runner } = transaction(false);
    expect(recordJobChanges(manager, { cancelled: ['r1'] })).toBe(false);
    expect(takeJobChanges(runner)).toBeUndefined();
  });
});
