import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

/** A change to a partnership names the version the client read: a stale one is refused with 409. */
export class VersionedDto {
  @ApiProperty({ description: 'The partnership version you read; a stale one is refused with 409.' })
  @IsInt()
  @Min(1)
  version: number;
}
