import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '@passerelle/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { USER_ROLES, type UserRole } from '../../users/user-role';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../password-hasher';

export class LoginDto {
  @ApiProperty({ example: 'officer@angers.test' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  newPassword: string;
}

export class SessionUserDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: USER_ROLES })
  role: UserRole;

  @ApiProperty({
    enum: INTERFACE_LANGUAGES,
    description: 'The language the product speaks to this user; the web app switches to it at sign-in.',
  })
  language: InterfaceLanguage;
}

export class SessionOrganisationDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  countryCode: string;
}

export class SessionResponseDto {
  @ApiProperty({ type: SessionUserDto, nullable: true, description: 'Null when nobody is signed in.' })
  user: SessionUserDto | null;

  @ApiProperty({ type: SessionOrganisationDto, nullable: true })
  organisation: SessionOrganisationDto | null;

  @ApiProperty({
    description: 'Send it back in the `x-csrf-token` header of every POST, PATCH, PUT and DELETE.',
  })
  csrfToken: string;
}
