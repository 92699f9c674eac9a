import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

/**
 * A change to a record of a partnership names the version of that record the client read: a stale one is
 * refused with 409. A record not written yet (a convention before its draft) reads as version 0.
 */
export class VersionedDto {
  @ApiProperty({
    description:
      'The version you read of what you change (0 if it does not exist yet); a stale one is refused with 409.',
    minimum: 0,
  })
  @IsInt()
  @Min(0)
  version: number;
}
