/**
 * Normalises a publication name for comparison: removes 《》 and spaces (full-width too) and folds
 * full-width brackets to half-width, so that 《政务快讯（专报）》 and 政务快讯(专报) are the same publication.
 *
 * @example
 * normalizePublication('《政务快讯（专报）》'); // '政务快讯(专报)'
 */
export function normalizePublication(name: string): string {
  return name
    .replace(/[《》〈〉\s\u3000]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/［/g, '[')
    .replace(/］/g, ']');
}
