import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { getPreset, PRESETS, type Problem, parseScheme, type Result, type Scheme } from '@caibian/core';

/**
 * A scheme named on the command line: a built-in preset id, or the path of a scheme JSON file.
 * Problems name the file and the JSON path, in Chinese.
 */
export async function loadScheme(ref: string, cwd: string): Promise<Result<Scheme, Problem>> {
  const preset = getPreset(ref);
  if (preset) return { ok: true, value: preset };
  if (!ref.toLowerCase().endsWith('.json')) {
    const ids = PRESETS.map((p) => p.id).join('、');
    return {
      ok: false,
      problems: [
        {
          code: 'unknown_scheme',
          message: `没有名为“${ref}”的内置计分办法；可用：${ids}，或给出计分办法 JSON 文件的路径。`,
        },
      ],
    };
  }
  let text: string;
  try {
    text = await readFile(resolve(cwd, ref), 'utf8');
  } catch {
    return { ok: false, problems: [{ code: 'unreadable', message: '无法读取计分办法文件', location: { file: ref } }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ code: 'invalid_json', message: `不是有效的 JSON：${detail}`, location: { file: ref } }],
    };
  }
  const parsed = parseScheme(json);
  if (parsed.ok) return parsed;
  return { ok: false, problems: parsed.problems.map((p) => ({ ...p, location: { ...p.location, file: ref } })) };
}
