#!/usr/bin/env node
// The command-line tool: the same lib/ engine as the extension, run in Node through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
