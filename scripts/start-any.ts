// `npm start`: Chromium with the extension on the demo page (scripts/start.ts); with `--firefox`,
// Firefox ESR with the Firefox build (scripts/start-firefox.ts). Each installs its browser if
// missing and builds the extension first. Other arguments (--headless) are passed on.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const firefox = args.includes('--firefox');
const steps: string[][] = firefox
  ? [
      ['bash', 'scripts/ensure-firefox.sh'],
      ['npm', 'run', 'build:e2e:firefox'],
      ['npx', 'tsx', 'scripts/start-firefox.ts', ...args.filter((a) => a !== '--firefox')],
    ]
  : [
      ['bash', 'scripts/ensure-chromium.sh'],
      ['npm', 'run', 'build:e2e'],
      ['npx', 'tsx', 'scripts/start.ts', ...args],
    ];
for (const [command, ...rest] of steps) {
  const { status } = spawnSync(command, rest, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
