import { readdirSync, readFileSync } from 'node:fs';

/**
 * Real Chinese text kept beside the tests: copies of the project's source document (../shared/seeds,
 * sample essays from 政务室 offices) and of ../shared/data/real-titles.txt, so the tests run on a clean clone.
 */
const HERE = new URL('./', import.meta.url);

/** The sample essays, each as one text. */
export function seedTexts(): { name: string; text: string }[] {
  const dir = new URL('seeds/', HERE);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));
}

/** The real titles (comment lines dropped). */
export function realTitles(): string[] {
  return readFileSync(new URL('real-titles.txt', HERE), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}
