import { ConfigError, parseConfig, type AppConfig } from './config/app-config';
import { assertRequiredServicesAnswer } from './config/check-services';

/**
 * Parses the environment and checks that PostgreSQL and Redis answer. A problem ends the process with one
 * line naming the variable (no stack trace): that is what an operator needs to fix it.
 */
export async function loadConfigOrExit(env: NodeJS.ProcessEnv): Promise<AppConfig> {
  try {
    const config = parseConfig(env);
    await assertRequiredServicesAnswer(config);
    return config;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
