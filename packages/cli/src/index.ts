/**
 * `@caibian/cli`: the `caibian` command as a function, for tests and for embedding.
 *
 * @packageDocumentation
 */
export { EXIT, type Io, main } from './main.ts';
