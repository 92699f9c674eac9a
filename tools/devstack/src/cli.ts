import { devCommand } from './dev-command';
import { startCommand } from './start-command';
import { testCommand } from './test-command';
import { StackError } from './process-utils';

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  start: startCommand,
  test: testCommand,
  dev: devCommand,
};

async function main(): Promise<void> {
  const [name = '', ...args] = process.argv.slice(2);
  const command = COMMANDS[name];
  if (!command)
    throw new StackError(`unknown command "${name}" (expected: ${Object.keys(COMMANDS).join(', ')})`);
  await command(args);
}

main().catch((error: unknown) => {
  // A StackError is a problem the user can fix: one line, no stack trace.
  console.error(error instanceof StackError ? `Error: ${error.message}` : error);
  process.exit(1);
});
