import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { PortfolioQueryDto, PortfolioView } from './dto/portfolio.dto';
import { portfolioCsv } from './portfolio-csv';
import { PortfolioService } from './portfolio.service';

@ApiTags('portfolio')
@Controller('portfolio')
export class PortfolioController {
  constructor(private readonly portfolio: PortfolioService) {}

  @Get()
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'getPortfolio',
    summary: 'Every partnership of your authority: step, health, next visit and exchanges, convention',
  })
  @ApiOkResponse({ type: PortfolioView })
  // Sent as the JSON the service assembles from the stored rows' bytes, never parsed and serialised again.
  @Header('content-type', 'application/json; charset=utf-8')
  view(@CurrentActor() actor: Actor, @Query() query: PortfolioQueryDto): Promise<Buffer> {
    return this.portfolio.viewJson(actor, query);
  }

  @Get('csv')
  @RequireCapability('partnership.read')
  @ApiOperation({ operationId: 'exportPortfolioCsv', summary: 'The portfolio table (same filters) as CSV' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  async csv(
    @CurrentActor() actor: Actor,
    @Query() query: PortfolioQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { rows } = await this.portfolio.view(actor, query);
    reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="portfolio.csv"')
      .header('Cache-Control', 'private, no-store');
    return portfolioCsv(rows);
  }
}
