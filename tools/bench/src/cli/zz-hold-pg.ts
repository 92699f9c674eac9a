import { startBenchServer } from '/work/main/tools/bench/src/cli/bench-database';
void (async () => {
  const server = await startBenchServer((line) => console.log(line));
  console.log('URL ' + server.serverUrl);
  process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
  setInterval(() => undefined, 1 << 30);
})();
