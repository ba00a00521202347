import { describe, expect, it } from 'vitest';
import { checkSecrecy } from './secrecy.ts';

function found(text: string): string[] {
  return checkSecrecy(text).map((h) => h.text);
}

describe('secrecy', () => {
  it.each([
    ['密级：机密★1年', ['机密']],
    ['本刊为内部资料，注意保存', ['内部资料']],
    ['绝密件须专人传递', ['绝密']],
    ['涉及国家秘密的事项不得公开', ['秘密']],
    ['严格保守秘密，不得泄露商业机密', ['秘密', '机密']],
    ['阅读内部资料，参与全局性工作', ['内部资料']],
  ])('flags %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
    for (const h of checkSecrecy(text)) expect(h.fix).toBeNull();
  });

  it.each([
    '做好保密工作，密切联系群众',
    '采用有机密封材料',
    '请勿泄露手机密码',
    '坚决杜绝密集聚会',
    '揭开宇宙的神秘密码',
    '飞机密集起降',
    '农机密集作业',
    '保密局、密码局',
    '秘书科和机要科',
    '',
  ])('is quiet on %s', (text) => {
    expect(checkSecrecy(text)).toEqual([]);
  });
});
