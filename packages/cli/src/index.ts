/**
 * `@caibian/cli`: the `caibian` command as a function, for tests and for embedding.
 *
 * @packageDocumentation
 */
export { type Command, EXIT, type Io, UsageError } from './io.ts';
export { main } from './main.ts';
