import { ApiProperty } from '@nestjs/swagger';
import { RUPTURE_SIGNAL_KINDS, type RuptureSignal } from '@passerelle/domain';
import { IsIn, IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A warning sign of rupture an officer of either party records. */
export class RecordRuptureSignalDto {
  @ApiProperty({ enum: RUPTURE_SIGNAL_KINDS })
  @IsIn(RUPTURE_SIGNAL_KINDS)
  kind: string;

  @ApiProperty({
    format: 'uuid',
    description:
      'The side it is about. A partner authority records signs on its own side only; the initiator on any side.',
  })
  @IsUUID()
  concernsPartyId: string;

  @ApiProperty({
    example: '2026-03-15',
    description: 'When it happens or happened (election day, start of the mandate, budget vote), YYYY-MM-DD.',
  })
  @Matches(CALENDAR_DATE, { message: '$property must be a date (YYYY-MM-DD)' })
  occursOn: string;

  @ApiProperty({ maxLength: 2000, description: 'What was learnt, and from whom.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note: string;
}

export class RuptureSignalView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: RUPTURE_SIGNAL_KINDS })
  kind: string;

  @ApiProperty({ format: 'uuid' })
  concernsPartyId: string;

  @ApiProperty({ example: '2026-03-15' })
  occursOn: string;

  @ApiProperty()
  note: string;

  @ApiProperty({ format: 'uuid', description: 'The party whose officer recorded it.' })
  recordedBy: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}

export class RuptureSignalListItemView extends RuptureSignalView {
  @ApiProperty({
    description: 'It weighs on the relation today: from six months before its date to a year after it.',
  })
  active: boolean;
}

export class RuptureSignalListView {
  @ApiProperty({ description: 'The day the signs were weighed for (YYYY-MM-DD).' })
  today: string;

  @ApiProperty({ type: [RuptureSignalListItemView], description: 'Newest date first.' })
  items: RuptureSignalListItemView[];
}

export function toRuptureSignalView(signal: RuptureSignal): RuptureSignalView {
  return {
    id: signal.id,
    kind: signal.kind,
    concernsPartyId: signal.concernsPartyId,
    occursOn: signal.occursOn,
    note: signal.note,
    recordedBy: signal.recordedBy,
    recordedAt: signal.recordedAt.toISOString(),
  };
}
