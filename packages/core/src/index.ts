/**
 * `@caibian/core`: the domain model of 政务信息 work, the scoring engine and adoption tracking.
 * Pure: no DOM, no Node built-ins; the clock and id sources are passed in.
 *
 * @packageDocumentation
 */

export { InvariantError, invariant } from './errors/invariant.ts';
export { fail, ok, type Result } from './errors/result.ts';
export { type CharacterCount, countCharacters } from './text/countCharacters.ts';
