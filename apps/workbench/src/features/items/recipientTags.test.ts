import { itemId } from '@caibian/core';
import { describe, expect, it } from 'vitest';
import { newItemId } from './newItemId.ts';
import { recipientTags } from './recipientTags.ts';

const A1 = itemId('A1');
const day = (d: string) => d as never;

describe('recipientTags', () => {
  it('shows each recipient with level, office, route and status; an adoption makes it 已采用', () => {
    const tags = recipientTags(
      {
        routes: [
          { itemId: A1, level: '市', office: '市政府办公室', kind: '直报', date: day('2024-03-01'), status: '已报送' },
          { itemId: A1, level: '省', kind: '转报', date: day('2024-03-02'), status: '未采用' },
        ],
        adoptions: [{ itemId: A1, level: '市', publication: '昨日情况', date: day('2024-03-03'), issue: '第12期' }],
        instructions: [{ itemId: A1, rank: '市', category: '其他领导', leader: '张市长', date: day('2024-03-04') }],
      },
      A1,
    );
    expect(tags.map((t) => [t.label, t.color])).toEqual([
      ['市·市政府办公室·直报·已采用', 'green'],
      ['省·转报·未采用', 'default'],
    ]);
    expect(tags[0]?.detail).toBe('《昨日情况》第12期，张市长批示');
  });

  it('is empty for an item never submitted', () => {
    expect(recipientTags({ routes: [] }, A1)).toEqual([]);
  });
});

describe('newItemId', () => {
  it('starts with the local date and ends with six hex characters from the random source', () => {
    expect(newItemId(new Date(2024, 2, 5, 9), () => 0.5)).toBe('20240305-800000');
    expect(newItemId(new Date(2024, 11, 31), () => 0)).toBe('20241231-000000');
  });
});
