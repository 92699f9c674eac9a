import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '@passerelle/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../auth/password-hasher';
import { OrganisationProfileDto } from '../../organisations/dto/organisation.dto';
import { USER_ROLES, type UserRole } from '../../users/user-role';
import { INVITATION_KINDS, type InvitationKind } from '../invitation.entity';

export const INVITATION_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export class InviteColleagueDto {
  @ApiProperty({ example: 'claire.martin@angers.fr' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: USER_ROLES })
  @IsIn(USER_ROLES)
  role: UserRole;
}

export class InvitePartnerDto {
  @ApiProperty({ description: 'Who receives the invitation at the partner authority.' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({
    type: OrganisationProfileDto,
    description: 'The partner authority; used to create it if it has no account yet.',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => OrganisationProfileDto)
  organisation: OrganisationProfileDto;
}

export class AcceptInvitationDto {
  @ApiProperty({ maxLength: 120 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  displayName: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  password: string;

  @ApiPropertyOptional({
    enum: INTERFACE_LANGUAGES,
    description:
      'The language the new account reads the product in: the one the invitation was read in. French if absent.',
  })
  @IsOptional()
  @IsIn(INTERFACE_LANGUAGES)
  language?: InterfaceLanguage;
}

export class InvitationDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ enum: INVITATION_KINDS })
  kind: InvitationKind;

  @ApiProperty()
  email: string;

  @ApiProperty({ enum: USER_ROLES })
  role: UserRole;

  @ApiProperty({ enum: INVITATION_STATUSES })
  status: InvitationStatus;

  @ApiPropertyOptional({ nullable: true, type: String })
  partnershipId: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  partnershipTitle: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The invited authority (partner invitations).',
  })
  organisationName: string | null;

  @ApiProperty({ description: 'The authority that sent the invitation.' })
  invitingOrganisationName: string;

  @ApiProperty({ description: 'Who sent it.' })
  invitedBy: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class InvitationListDto {
  @ApiProperty({ type: [InvitationDto] })
  items: InvitationDto[];
}

/** What an invitation link shows before it is accepted: no account is needed to read it. */
export class InvitationPreviewDto {
  @ApiProperty({ enum: INVITATION_KINDS })
  kind: InvitationKind;

  @ApiProperty()
  email: string;

  @ApiProperty({ enum: USER_ROLES })
  role: UserRole;

  @ApiProperty({ description: 'The organisation the invitee joins (or creates).' })
  organisationName: string;

  @ApiProperty()
  invitedBy: string;

  @ApiProperty()
  invitingOrganisationName: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  partnershipTitle: string | null;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}
