import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { USER_ROLES, type UserRole } from '../../users/user-role';

export class UserDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: USER_ROLES })
  role: UserRole;

  @ApiProperty()
  disabled: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty()
  version: number;
}

export class UserListDto {
  @ApiProperty({ type: [UserDto] })
  items: UserDto[];
}

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: USER_ROLES })
  @IsOptional()
  @IsIn(USER_ROLES)
  role?: UserRole;

  @ApiPropertyOptional({ description: 'A disabled user cannot sign in; their sessions end at once.' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  @ApiProperty({ description: 'The version you read; a stale one is refused with 409.' })
  @IsInt()
  @Min(1)
  version: number;
}
