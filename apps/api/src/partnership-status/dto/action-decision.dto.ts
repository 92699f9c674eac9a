import { ApiProperty } from '@nestjs/swagger';
import { ACTION_FATES } from '@passerelle/domain';
import { IsIn, IsString, MaxLength } from 'class-validator';

export class ActionDecisionDto {
  @ApiProperty({ maxLength: 100, description: 'An ongoing action of the partnership.' })
  @IsString()
  @MaxLength(100)
  actionId: string;

  @ApiProperty({
    enum: ACTION_FATES,
    description: '`stop` cancels the action; the others let it carry on through the notice period.',
  })
  @IsIn(ACTION_FATES)
  fate: string;
}

export class ActionDecisionView {
  @ApiProperty()
  actionId: string;

  @ApiProperty({ enum: ACTION_FATES })
  fate: string;
}
