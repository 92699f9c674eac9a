import { NotificationEntity } from '../src/notifications/notification.entity';
import { ReminderEntity } from '../src/reminders/reminder.entity';
import { UserEntity } from '../src/users/user.entity';
import { logTechniciansExchange, proposePlan, ReminderStack, type World } from './support/reminder-stack';

/**
 * Dialogue reminders end to end: the API schedules them in PostgreSQL as the plan changes, the worker
 * delivers them through BullMQ and a real SMTP server, and the spec moves one shared clock. Angers is in
 * Paris (French), its partner in Moncton, Canada (English): 09:00 comes five hours apart on each side.
 */
describe('dialogue reminders', () => {
  const stack = new ReminderStack();

  beforeAll(async () => {
    await stack.start();
  });

  afterAll(async () => {
    await stack.stop();
  });

  const emails = (...users: UserEntity[]) => users.map((user) => user.email);
  const reminderMailsTo = (...users: UserEntity[]) =>
    stack.smtp.mailsTo(emails(...users)).filter((mail) => mail.messageId.startsWith('<reminder-'));
  const worldMails = (world: World) =>
    reminderMailsTo(...Object.values(world.a.staff), ...Object.values(world.b.staff));

  async function rowsAbout(world: World, subjectDate: string): Promise<ReminderEntity[]> {
    return (await stack.reminders(world.partnershipId)).filter((row) => row.subjectDate === subjectDate);
  }

  it('sends a due reminder once to each recipient, in their language, at 09:00 where they are', async () => {
    await stack.advanceTo(new Date('2031-05-05T10:00:00Z'));
    const world = await stack.world();
    // Technicians every two weeks from 5 May: next exchange due on 19 May; reminders on 12 and 18 May, and
    // an overdue reminder on 20 May — to the admins and officers of both sides (not elected, not viewers).
    await proposePlan(world, { technicians: { every: 2, unit: 'week' } });
    const rows = await stack.reminders(world.partnershipId);
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((row) => row.recipientId))).toEqual(
      new Set([
        world.a.staff.admin.id,
        world.a.staff.officer.id,
        world.b.staff.admin.id,
        world.b.staff.officer.id,
      ]),
    );
    for (const row of rows) expect(await stack.jobExists(row.id)).toBe(true);

    // 08:59:59.5 in Paris on 12 May.
    await stack.advanceTo(new Date('2031-05-12T06:59:59.500Z'));
    await stack.until(
      'the two mails of Angers',
      () => reminderMailsTo(world.a.staff.admin, world.a.staff.officer).length === 2,
    );
    await stack.settle();
    expect(reminderMailsTo(world.b.staff.admin, world.b.staff.officer)).toHaveLength(0);
    const french = reminderMailsTo(world.a.staff.officer)[0]!;
    expect(french.subject).toBe(
      `Échange entre techniciens à tenir d’ici le 19 mai 2031 — « ${world.title} »`,
    );
    expect(french.text).toContain('au plus tard le 19 mai 2031 (dans 7 jours)');
    expect(french.text).toContain(`Avec : ${world.b.name}`);
    expect(french.text).toContain(`https://passerelle.test/partenariats/${world.partnershipId}/dialogue`);

    const weekBefore = async (organisationId: string) =>
      (await rowsAbout(world, '2031-05-19')).filter(
        (row) => row.offsetDays === 7 && row.organisationId === organisationId,
      );
    await stack.until('Angers’ rows marked sent', async () =>
      (await weekBefore(world.a.id)).every((row) => row.status === 'sent'),
    );
    const dueInWeek = (await rowsAbout(world, '2031-05-19')).filter((row) => row.offsetDays === 7);
    const angersRows = dueInWeek.filter((row) => row.organisationId === world.a.id);
    const monctonRows = dueInWeek.filter((row) => row.organisationId === world.b.id);
    for (const row of angersRows) {
      expect(row.status).toBe('sent');
      expect(row.attempts).toBe(1);
      expect(row.sentAt!.getTime()).toBeGreaterThanOrEqual(Date.parse('2031-05-12T07:00:00Z'));
      expect(row.sentAt!.getTime()).toBeLessThan(Date.parse('2031-05-12T07:00:05Z'));
    }
    for (const row of monctonRows) expect(row.status).toBe('pending');

    // 08:59:59.5 in Moncton (UTC−3 in May), five hours later.
    await stack.advanceTo(new Date('2031-05-12T11:59:59.500Z'));
    await stack.until(
      'the two mails of Moncton',
      () => reminderMailsTo(world.b.staff.admin, world.b.staff.officer).length === 2,
    );
    await stack.settle();
    const english = reminderMailsTo(world.b.staff.admin)[0]!;
    expect(english.subject).toBe(`Exchange between technical staff due by 19 May 2031 — "${world.title}"`);
    expect(english.text).toContain('Hello ');
    expect(english.text).toContain('(in 7 days)');
    await stack.until('Moncton’s rows marked sent', async () =>
      (await weekBefore(world.b.id)).every((row) => row.status === 'sent'),
    );
    for (const row of await rowsAbout(world, '2031-05-19')) {
      if (row.offsetDays !== 7 || row.organisationId !== world.b.id) continue;
      expect(row.status).toBe('sent');
      expect(row.sentAt!.getTime()).toBeGreaterThanOrEqual(Date.parse('2031-05-12T12:00:00Z'));
      expect(row.sentAt!.getTime()).toBeLessThan(Date.parse('2031-05-12T12:00:05Z'));
    }

    // Once each: four mails, one per row, each with the row's own Message-ID; and four notifications.
    const mails = worldMails(world);
    expect(mails).toHaveLength(4);
    expect(mails.map((mail) => mail.messageId).sort()).toEqual(
      dueInWeek.map((row) => `<reminder-${row.id}@passerelle.test>`).sort(),
    );
    const notifications = await stack.dataSource.manager.findBy(NotificationEntity, {
      partnershipId: world.partnershipId,
    });
    expect(notifications).toHaveLength(4);
    for (const notification of notifications) {
      const row = dueInWeek.find((candidate) => candidate.id === notification.reminderId)!;
      expect(notification.userId).toBe(row.recipientId);
      expect(notification.createdAt).toEqual(row.notifyAt);
      expect(notification.readAt).toBeNull();
    }
  });

  it('cancels the reminder when the exchange is logged before it is due, and reminds of the next one', async () => {
    await stack.advanceTo(new Date('2031-06-02T10:00:00Z'));
    const world = await stack.world();
    await proposePlan(world, { technicians: { every: 2, unit: 'week' } }); // due 16 June
    expect(await rowsAbout(world, '2031-06-16')).toHaveLength(12);

    await stack.advanceTo(new Date('2031-06-05T10:00:00Z'));
    await logTechniciansExchange(world, new Date('2031-06-05T09:00:00Z')); // next one due 19 June

    const cancelled = await rowsAbout(world, '2031-06-16');
    expect(cancelled.map((row) => row.status)).toEqual(Array(12).fill('cancelled'));
    for (const row of cancelled) expect(row.closedAt).toEqual(expect.any(Date));
    await stack.untilJobsRemoved(cancelled);
    const next = await rowsAbout(world, '2031-06-19');
    expect(next).toHaveLength(12);
    expect(next.every((row) => row.status === 'pending')).toBe(true);

    // The morning the cancelled reminder was due: nothing goes.
    await stack.advanceTo(new Date('2031-06-09T06:59:59.500Z'));
    await stack.settle(900);
    expect(worldMails(world)).toHaveLength(0);

    // A week before the new due date, the reminder of the exchange now due goes.
    await stack.advanceTo(new Date('2031-06-12T06:59:59.500Z'));
    await stack.until(
      'the reminders of the next exchange',
      () => reminderMailsTo(world.a.staff.admin, world.a.staff.officer).length === 2,
    );
    expect(worldMails(world).every((mail) => mail.text.includes('19 juin 2031'))).toBe(true);
  });

  it('moves the reminder when the plan’s cadence changes', async () => {
    await stack.advanceTo(new Date('2031-07-07T10:00:00Z'));
    const world = await stack.world();
    await proposePlan(world, { technicians: { every: 1, unit: 'month' } }); // due 7 August
    expect(await rowsAbout(world, '2031-08-07')).toHaveLength(12);

    await stack.advanceTo(new Date('2031-07-08T10:00:00Z'));
    await proposePlan(world, { technicians: { every: 2, unit: 'week' } }); // due 22 July
    const old = await rowsAbout(world, '2031-08-07');
    expect(old.every((row) => row.status === 'cancelled')).toBe(true);
    const moved = await rowsAbout(world, '2031-07-22');
    expect(moved.filter((row) => row.status === 'pending')).toHaveLength(12);
    await stack.untilJobsRemoved(old);

    await stack.advanceTo(new Date('2031-07-15T06:59:59.500Z'));
    await stack.until(
      'the moved reminders',
      () => reminderMailsTo(world.a.staff.admin, world.a.staff.officer).length === 2,
    );
    expect(reminderMailsTo(world.a.staff.officer)[0]!.subject).toContain('22 juillet 2031');
  });

  it('cancels every pending reminder of a suspended partnership, and schedules again on resumption', async () => {
    await stack.advanceTo(new Date('2031-09-01T10:00:00Z'));
    const world = await stack.world();
    await proposePlan(world, { technicians: { every: 2, unit: 'week' } }); // due 15 September
    const statusUrl = `/api/partnerships/${world.partnershipId}`;
    const { version } = (await world.a.officer.request('GET', `${statusUrl}/status`)).json();
    const suspended = await world.a.officer.request('POST', `${statusUrl}/suspension`, {
      reason: 'Élections municipales',
      version,
    });
    expect(suspended.statusCode).toBe(200);
    const rows = await stack.reminders(world.partnershipId);
    expect(rows.map((row) => row.status)).toEqual(Array(12).fill('cancelled'));
    await stack.untilJobsRemoved(rows);

    await stack.advanceTo(new Date('2031-09-08T06:59:59.500Z'));
    await stack.settle(900);
    expect(worldMails(world)).toHaveLength(0);

    // Resumed on the 10th: the reminders still to come (14 and 16 September) are pending again.
    await stack.advanceTo(new Date('2031-09-10T10:00:00Z'));
    const resumed = await world.a.officer.request('POST', `${statusUrl}/resumption`, {
      version: suspended.json().version,
    });
    expect(resumed.statusCode).toBe(200);
    const after = await stack.reminders(world.partnershipId);
    const pending = after.filter((row) => row.status === 'pending');
    expect(pending).toHaveLength(8);
    expect(new Set(pending.map((row) => row.offsetDays))).toEqual(new Set([1, -1]));
    for (const row of pending) expect(await stack.jobExists(row.id)).toBe(true);
  });

  it('skips recipients who opted out of the kind, or whose account was disabled, and reminds the others', async () => {
    await stack.advanceTo(new Date('2031-10-06T10:00:00Z'));
    const world = await stack.world();
    await proposePlan(world, { technicians: { every: 2, unit: 'week' } }); // due 20 October
    await stack.dataSource.manager.update(
      UserEntity,
      { id: world.a.staff.officer.id },
      { reminderOptOuts: ['dialogue-due'] },
    );
    await stack.dataSource.manager.update(
      UserEntity,
      { id: world.b.staff.officer.id },
      { disabledAt: new Date() },
    );

    await stack.advanceTo(new Date('2031-10-13T06:59:59.500Z'));
    await stack.until('the Angers admin’s mail', () => reminderMailsTo(world.a.staff.admin).length === 1);
    await stack.advanceTo(new Date('2031-10-13T11:59:59.500Z'));
    await stack.until('the Moncton admin’s mail', () => reminderMailsTo(world.b.staff.admin).length === 1);
    await stack.settle();
    expect(reminderMailsTo(world.a.staff.officer, world.b.staff.officer)).toHaveLength(0);

    const weekBefore = (await rowsAbout(world, '2031-10-20')).filter((row) => row.offsetDays === 7);
    const statusOf = (user: UserEntity) => weekBefore.find((row) => row.recipientId === user.id)!;
    expect(statusOf(world.a.staff.officer)).toMatchObject({
      status: 'skipped',
      lastError: 'skipped: the recipient opted out of this kind of reminder',
    });
    expect(statusOf(world.b.staff.officer)).toMatchObject({
      status: 'skipped',
      lastError: 'skipped: the recipient’s account is disabled',
    });
    expect(statusOf(world.a.staff.admin).status).toBe('sent');
    // Opting out of the due-soon reminders is not opting out of hearing that the relation falls asleep.
    const overdue = (await rowsAbout(world, '2031-10-20')).find(
      (row) => row.offsetDays === -1 && row.recipientId === world.a.staff.officer.id,
    );
    expect(overdue?.status).toBe('pending');
  });

  it('notifies in the app at once but keeps the mail for the morning when a relation is found asleep at night', async () => {
    // 23:30 in Paris (18:30 in Moncton) on 17 November; the plan was agreed on 1 October and no exchange
    // was logged since: the technicians' exchange was due on 15 October.
    await stack.advanceTo(new Date('2031-11-17T22:30:00Z'));
    const world = await stack.world();
    await stack.planAgreedOn(world, new Date('2031-10-01T10:00:00Z'));
    const rows = await stack.reminders(world.partnershipId);
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.kind === 'dialogue-overdue')).toBe(true);

    // Moncton is awake: its mails go at once.
    await stack.until(
      'Moncton’s mails',
      () => reminderMailsTo(world.b.staff.admin, world.b.staff.officer).length === 2,
    );
    // Angers is asleep: the notifications appear now, the mails wait.
    const angersRows = rows.filter((row) => row.organisationId === world.a.id);
    await stack.until('Angers’ notifications', async () => {
      const count = await stack.dataSource.manager.countBy(NotificationEntity, {
        userId: world.a.staff.officer.id,
        partnershipId: world.partnershipId,
      });
      return count === 1;
    });
    await stack.settle(500);
    expect(reminderMailsTo(world.a.staff.admin, world.a.staff.officer)).toHaveLength(0);
    for (const row of angersRows) {
      expect(row.sendAt).toEqual(new Date('2031-11-18T07:00:00Z')); // 08:00 in Paris
    }

    await stack.advanceTo(new Date('2031-11-18T06:59:59.500Z'));
    await stack.until(
      'Angers’ mails in the morning',
      () => reminderMailsTo(world.a.staff.admin, world.a.staff.officer).length === 2,
    );
    const mail = reminderMailsTo(world.a.staff.officer)[0]!;
    expect(mail.subject).toBe(
      `La relation s’endort : échange entre techniciens en retard — « ${world.title} »`,
    );
    // The row is marked sent in the transaction that held it during the send, committed just after.
    await stack.until('Angers’ rows marked sent', async () =>
      (await stack.reminders(world.partnershipId))
        .filter((row) => row.organisationId === world.a.id)
        .every((row) => row.status === 'sent'),
    );
    for (const row of (await stack.reminders(world.partnershipId)).filter(
      (r) => r.organisationId === world.a.id,
    )) {
      expect(row.sentAt!.getTime()).toBeGreaterThanOrEqual(Date.parse('2031-11-18T07:00:00Z'));
    }
  });

  it('holds a reminder delivered late at night until the recipient’s morning', async () => {
    await stack.advanceTo(new Date('2031-12-01T10:00:00Z'));
    const world = await stack.world();
    await proposePlan(world, { technicians: { every: 2, unit: 'week' } }); // due 15 December
    // The worker only gets to the 8 December reminders at 22:30 in Paris (a backlog, an outage).
    await stack.advanceTo(new Date('2031-12-08T21:30:00Z'));
    await stack.until(
      'Moncton’s mails (17:30 there)',
      () => reminderMailsTo(world.b.staff.admin, world.b.staff.officer).length === 2,
    );
    const angersRow = (await rowsAbout(world, '2031-12-15')).find(
      (row) => row.offsetDays === 7 && row.recipientId === world.a.staff.officer.id,
    )!;
    await stack.until(
      'the Angers officer’s notification',
      async () =>
        (await stack.dataSource.manager.countBy(NotificationEntity, { reminderId: angersRow.id })) === 1,
    );
    await stack.settle(500);
    expect(reminderMailsTo(world.a.staff.officer)).toHaveLength(0);

    await stack.advanceTo(new Date('2031-12-09T06:59:59.500Z')); // 07:59:59.5 in Paris
    await stack.until(
      'the Angers mails at 08:00',
      () => reminderMailsTo(world.a.staff.admin, world.a.staff.officer).length === 2,
    );
    await stack.until('the row marked sent', async () => {
      const row = await stack.dataSource.manager.findOneByOrFail(ReminderEntity, { id: angersRow.id });
      return row.status === 'sent';
    });
    const sent = await stack.dataSource.manager.findOneByOrFail(ReminderEntity, { id: angersRow.id });
    expect(sent.sentAt!.getTime()).toBeGreaterThanOrEqual(Date.parse('2031-12-09T07:00:00Z'));
    expect(reminderMailsTo(world.a.staff.officer)[0]!.text).toContain('(dans 6 jours)');
  });
});
