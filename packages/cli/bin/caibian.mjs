#!/usr/bin/env node
// The `caibian` command. Inside the workspace the packages are TypeScript sources, run through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
