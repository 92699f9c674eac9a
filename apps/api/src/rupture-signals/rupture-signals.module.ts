import { Module } from '@nestjs/common';
import { RuptureSignalsController } from './rupture-signals.controller';
import { RuptureSignalsService } from './rupture-signals.service';
import { RecordRuptureSignal } from './use-cases/record-rupture-signal.use-case';

/** Early warnings of rupture (seed 000 §3–4): either party records them; they feed the health score. */
@Module({
  controllers: [RuptureSignalsController],
  providers: [RuptureSignalsService, RecordRuptureSignal],
})
export class RuptureSignalsModule {}
