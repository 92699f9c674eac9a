import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from './boot';
import { createRootLogger, PinoLoggerService } from './common/logging/logger';
import { stopWhenSupervisorDies } from './common/supervisor-watch';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = await loadConfigOrExit(process.env);
  const logger = createRootLogger(config.logLevel, 'worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new PinoLoggerService(logger),
  });
  // On SIGTERM/SIGINT the BullMQ workers finish their current job before the process exits.
  app.enableShutdownHooks();
  await app.init();
  stopWhenSupervisorDies(config.supervisorPid, () => app.close());
  logger.info('worker started');
}

void main();
