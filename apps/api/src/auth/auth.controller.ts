import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import type { UserEntity } from '../users/user.entity';
import type { Actor, ActorRequest } from './actor';
import { CurrentActor, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, SessionResponseDto } from './dto/auth.dto';
import { LocalAuthGuard } from './guards/local-auth.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Public()
  @Get('session')
  @ApiOperation({
    operationId: 'getSession',
    summary: 'The signed-in user (or null) and the CSRF token to send back',
  })
  @ApiOkResponse({ type: SessionResponseDto })
  session(
    @Req() request: ActorRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponseDto> {
    return this.auth.describeSession(request, reply);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  @ApiOperation({ operationId: 'login', summary: 'Sign in with e-mail and password' })
  @ApiOkResponse({ type: SessionResponseDto })
  login(
    @Body() _credentials: LoginDto,
    @Req() request: ActorRequest & { user: UserEntity },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponseDto> {
    return this.dataSource.transaction((manager) => this.auth.signIn(manager, request.user, request, reply));
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ operationId: 'logout', summary: 'Sign out: the session cookie stops working at once' })
  @ApiNoContentResponse()
  logout(
    @CurrentActor() actor: Actor,
    @Req() request: ActorRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    return this.auth.signOut(actor, request, reply);
  }

  @Post('password')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'changePassword',
    summary: 'Change one’s password; other sessions are signed out',
  })
  @ApiNoContentResponse()
  changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(actor, body.currentPassword, body.newPassword);
  }
}
