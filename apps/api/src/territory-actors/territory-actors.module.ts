import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { TerritoryActorsController } from './territory-actors.controller';
import { TerritoryActorsService } from './territory-actors.service';

@Module({
  imports: [AuditModule],
  controllers: [TerritoryActorsController],
  providers: [TerritoryActorsService],
  exports: [TerritoryActorsService],
})
export class TerritoryActorsModule {}
