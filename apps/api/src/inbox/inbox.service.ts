import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import type { InboxCountView, InboxItemView, InboxView } from './dto/inbox.dto';
import { inboxItemPath } from './inbox-pages';
import { InboxReader, type InboxEntry } from './inbox-reader';

/** The signed-in person's inbox: only ever their own, across their organisation's partnerships. */
@Injectable()
export class InboxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: InboxReader,
  ) {}

  async view(actor: Actor): Promise<InboxView> {
    const entries = await this.reader.entriesFor(this.dataSource.manager, actor);
    return { count: entries.length, items: entries.map(toItemView) };
  }

  async count(actor: Actor): Promise<InboxCountView> {
    const entries = await this.reader.entriesFor(this.dataSource.manager, actor);
    return { count: entries.length };
  }
}

function toItemView({ item, partnershipTitle }: InboxEntry): InboxItemView {
  return {
    key: item.key,
    kind: item.kind,
    partnership: { id: item.partnershipId, title: partnershipTitle },
    subjectId: item.subjectId,
    subjectLabel: item.subjectLabel,
    since: item.since,
    dueOn: item.dueOn,
    overdue: item.overdue,
    path: inboxItemPath(item),
  };
}
