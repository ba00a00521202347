import type { Problem } from '../errors/problem.ts';
import { fail, ok, type Result } from '../errors/result.ts';
import { SCHEME_FORMAT, SCHEME_VERSION } from './schemeSchema.ts';

/** A pure step upgrading a scheme's JSON from one version to the next. */
export type SchemeUpgrade = (json: Readonly<Record<string, unknown>>) => Result<Record<string, unknown>, Problem>;

/**
 * Upgrade steps: `SCHEME_UPGRADES[n]` turns version `n + 1` into `n + 2`. Version 1 is the only version so far,
 * so the list is empty; a format change appends a step here and bumps {@link SCHEME_VERSION}.
 */
export const SCHEME_UPGRADES: readonly SchemeUpgrade[] = [];

/**
 * Brings a scheme's JSON to the current version, step by step. Returns a located problem when the input is not
 * a scheme object or its version is unknown; never throws.
 *
 * @example
 * const r = upgradeScheme(JSON.parse(text)); // r.value has version SCHEME_VERSION
 */
export function upgradeScheme(json: unknown): Result<Record<string, unknown>, Problem> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail([{ code: 'invalid_type', message: '计分办法应为 JSON 对象', path: [] }]);
  }
  const input = json as Record<string, unknown>;
  if (input.format !== SCHEME_FORMAT) {
    return fail([{ code: 'invalid_format', message: `format 应为 "${SCHEME_FORMAT}"`, path: ['format'] }]);
  }
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > SCHEME_VERSION) {
    return fail([
      {
        code: 'unsupported_version',
        message: `不支持的计分办法版本 ${safeJson(version)}：本程序读取版本 1 至 ${SCHEME_VERSION}`,
        path: ['version'],
      },
    ]);
  }
  let current: Record<string, unknown> = input;
  for (let v = version; v < SCHEME_VERSION; v++) {
    const step = SCHEME_UPGRADES[v - 1];
    if (step === undefined) {
      return fail([{ code: 'unsupported_version', message: `缺少从版本 ${v} 升级的步骤`, path: ['version'] }]);
    }
    const next = step(current);
    if (!next.ok) return next;
    current = next.value;
  }
  return ok(current);
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(typeof value);
  } catch {
    return typeof value;
  }
}
