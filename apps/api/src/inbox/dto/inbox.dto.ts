import { ApiProperty } from '@nestjs/swagger';
import { INBOX_ITEM_KINDS, type InboxItemKind } from '@passerelle/domain';

export class InboxPartnershipView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  title: string;
}

/**
 * One thing that waits for the reader: data, not sentences, so that the web app words it in the
 * interface's language.
 */
export class InboxItemView {
  @ApiProperty({ description: 'Stable while the item waits; a new key is a new item.' })
  key: string;

  @ApiProperty({ enum: INBOX_ITEM_KINDS })
  kind: InboxItemKind;

  @ApiProperty({ type: InboxPartnershipView })
  partnership: InboxPartnershipView;

  @ApiProperty({
    description:
      'The record the item is about (motivation, visit, priority, follow-up, convention id) or the dialogue audience.',
  })
  subjectId: string;

  @ApiProperty({ description: 'A short label of that record in its authors’ words, or the audience.' })
  subjectLabel: string;

  @ApiProperty({ format: 'date', description: 'The day the item began waiting.' })
  since: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueOn: string | null;

  @ApiProperty()
  overdue: boolean;

  @ApiProperty({ description: 'Path of the web app page where it is acted on.' })
  path: string;
}

export class InboxView {
  @ApiProperty()
  count: number;

  @ApiProperty({ type: [InboxItemView] })
  items: InboxItemView[];
}

export class InboxCountView {
  @ApiProperty()
  count: number;
}
