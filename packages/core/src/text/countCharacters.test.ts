import { describe, expect, it } from 'vitest';
import { countCharacters } from './countCharacters.ts';

describe('countCharacters', () => {
  it('counts Han characters and all visible characters of a title', () => {
    expect(countCharacters('全市GDP增长5.2%。')).toEqual({ han: 4, total: 12 });
  });

  it('does not count spaces, line breaks or zero-width characters', () => {
    expect(countCharacters(' 宣汉县\n\t召开 会议\u200b ')).toEqual({ han: 7, total: 7 });
  });

  it('counts a character outside the Basic Multilingual Plane once', () => {
    expect(countCharacters('𠀀村')).toEqual({ han: 2, total: 2 });
  });
});
