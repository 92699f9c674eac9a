import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PERSON_ROLES } from '@passerelle/domain';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** A person named in a form: a platform user by id, anyone else by name; always of a party. */
export class PersonInputDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A user of the party, when the person has an account.',
  })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ maxLength: 120, description: 'Required without userId.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  name?: string;

  @ApiProperty({ format: 'uuid', description: 'The party (organisation) the person belongs to.' })
  @IsUUID()
  partyId: string;

  @ApiProperty({ enum: PERSON_ROLES, description: 'Capacity in the relation.' })
  @IsIn(PERSON_ROLES)
  role: string;
}

export class PersonView {
  @ApiProperty()
  personId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ format: 'uuid' })
  partyId: string;

  @ApiProperty({ enum: PERSON_ROLES })
  role: string;
}
