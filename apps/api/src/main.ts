import 'reflect-metadata';
import { loadConfigOrExit } from './boot';
import { createHttpApp } from './http-app';
import { stopWhenSupervisorDies } from './common/supervisor-watch';

async function main(): Promise<void> {
  const config = await loadConfigOrExit(process.env);
  const app = await createHttpApp(config);
  // Shutdown hooks (enabled in createHttpApp) stop accepting connections, drain in-flight requests,
  // then close the database pool and Redis on SIGTERM/SIGINT.
  await app.listen({ port: config.port, host: config.host });
  stopWhenSupervisorDies(config.supervisorPid, () => app.close());
}

void main();
