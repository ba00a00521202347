import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared folder beside the repository (../shared): sample essays and real titles. */
const SHARED = new URL('../../../../../../shared/', import.meta.url);

function read(relative: string): string {
  const url = new URL(relative, SHARED);
  try {
    return readFileSync(url, 'utf8');
  } catch (error) {
    throw new Error(
      `找不到真实语料 ${fileURLToPath(url)}：请把共享资料目录放在仓库旁边（../shared/seeds、../shared/data）。`,
      { cause: error },
    );
  }
}

/** The sample essays of ../shared/seeds, each as one text. */
export function seedTexts(): { name: string; text: string }[] {
  const dir = new URL('seeds/', SHARED);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.txt'));
  } catch (error) {
    throw new Error(`找不到真实语料目录 ${fileURLToPath(dir)}：请把共享资料目录放在仓库旁边。`, { cause: error });
  }
  return names.sort().map((name) => ({ name, text: read(`seeds/${name}`) }));
}

/** The real titles of ../shared/data/real-titles.txt (comment lines dropped). */
export function realTitles(): string[] {
  return read('data/real-titles.txt')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}
