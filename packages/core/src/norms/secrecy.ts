import { hit, type RuleHit } from './types.ts';

const SECRECY = /秘密|机密|绝密|内部资料/gu;

/** Characters that, before 秘/机/绝, end a word (神秘, 手机, 杜绝): the 密 then starts a new word. */
const WORD_BEFORE: Readonly<Record<string, string>> = {
  秘: '神奥揭便探隐诡玄',
  机: '有手司农危时飞生契转商随无电主算音相心动班客拖扫发登待停关开投良乘软硬专考耕收割挖掘整单样印玩录摄话航战枢杀化灵先趁伺天织纺',
  绝: '杜拒隔断灭谢根禁卓决不回孤弃阻坚痛奇精气悬冠妙屏',
};

/** Second characters of words starting with 密: 密封, 密集, 密切, 密码, 密度… */
const MI_WORD_SECOND = '封集切码度布闭植接实林织钥友致不匝';

/**
 * Whether 秘密/机密/绝密 at `i` is two words that only meet: 有机|密封, 手机|密码, 杜绝|密集, 神秘|密码.
 * Both halves must be words for the match to be dropped; 商业机密, 绝密件 stay flagged.
 */
function isCrossing(text: string, i: number): boolean {
  const first = text.charAt(i);
  const beforeFirst = text.charAt(i - 1);
  const afterMi = text.charAt(i + 2);
  const starts = WORD_BEFORE[first];
  return starts !== undefined && beforeFirst !== '' && starts.includes(beforeFirst) && MI_WORD_SECOND.includes(afterMi);
}

/**
 * `secrecy`: the words 秘密, 机密, 绝密 or 内部资料 anywhere in the text, marked or mentioned: such content must
 * not be exported to an open channel. Quiet on 保密, 密切, and on words that only meet across a word boundary
 * (有机密封, 手机密码, 杜绝密集). No fix.
 */
export function checkSecrecy(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of text.matchAll(SECRECY)) {
    if (m[0] !== '内部资料' && isCrossing(text, m.index)) continue;
    const message = `含涉密字样“${m[0]}”：标有秘密、机密、绝密或内部资料的内容不得通过公开渠道报送或导出，请核实密级和公开属性。`;
    hits.push(hit(text, m.index, m.index + m[0].length, message, null));
  }
  return hits;
}
