// The page `pnpm bench:editor` drives: ?mode=ours mounts BriefingEditor with every feature on (norms,
// counts, duplicate warning, autosave callback); ?mode=bare a bare Lexical editor (rich text + history)
// on the same 10,000-character body. Keystroke-to-next-frame latencies are collected in window.__latencies.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { createRoot } from 'react-dom/client';
import { BRIEFING_NODES, BriefingEditor, type NormsCheck, textToBriefing } from '../src/index.ts';

const SENTENCES = [
  '7月1日，我县召开防汛工作会议，全面部署安排汛期各项工作。',
  '全县共有水库12座，其中中型水库2座，小型水库10座，总库容1.2亿立方米。',
  '一是压实责任，落实县级领导包片、乡镇干部包村的责任体系。',
  '二是强化值守，严格执行24小时值班和领导带班制度。',
  '今年以来，全县累计投入资金5-10万元，粮食亩产增长3.5%。',
];

function body(chars: number): string {
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i += 1) {
    const paragraph = Array.from({ length: 4 }, (_, j) => SENTENCES[(i + j) % SENTENCES.length]).join('');
    const text = paragraph.slice(0, Math.min(paragraph.length, chars - length));
    paragraphs.push(text);
    length += text.length;
  }
  return paragraphs.join('\n\n');
}

const CHARS = 10_000;
const saved = textToBriefing('我县召开防汛工作会议部署汛期工作', body(CHARS));
const latencies: number[] = [];
const w = window as unknown as {
  __latencies: number[];
  __ready: boolean;
  __chars: number;
  __checker: string;
  __autosaved: number;
  __longTasks: { start: number; duration: number }[];
};
w.__latencies = latencies;
w.__chars = CHARS;
w.__autosaved = 0;
w.__longTasks = [];
// for BENCH_DETAIL: tasks over 50 ms on the main thread (when the browser reports them)
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // no long-task timing in this browser
}

// keydown → the frame after it (the key's input events and Lexical's update run in the same task and its
// microtasks, before the frame); the timeout lands after the frame is painted.
document.addEventListener(
  'keydown',
  (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => setTimeout(() => latencies.push(performance.now() - start), 0));
  },
  true,
);

const norms = import.meta.glob<{ checkNorms?: NormsCheck }>('../../core/src/norms/index.ts', { eager: true });
const coreCheck = Object.values(norms)[0]?.checkNorms;
const fallbackCheck: NormsCheck = ({ body: text }) =>
  [...text.matchAll(/(\d+)-(\d+)(%|万元)/g)].map((m) => ({
    rule: 'range',
    part: 'body' as const,
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    message: '范围应写作 30%~40%',
    fix: `${m[1]}${m[3]}~${m[2]}${m[3]}`,
  }));
w.__checker = coreCheck ? 'core checkNorms' : 'fallback range check';
const findSimilar = async (title: string) => [{ id: '1', title: `${title.slice(0, 6)}（已报送）`, score: 0.8 }];

function Bare() {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'bare',
        nodes: [...BRIEFING_NODES],
        editorState: JSON.stringify(saved.lexical),
        onError: (e) => {
          throw e;
        },
      }}
    >
      <RichTextPlugin
        contentEditable={<ContentEditable aria-label="正文" style={{ padding: 16, lineHeight: 1.9 }} />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <HistoryPlugin />
    </LexicalComposer>
  );
}

const params = new URLSearchParams(location.search);
const mode = params.get('mode');
createRoot(document.getElementById('root') as HTMLElement).render(
  mode === 'bare' ? (
    <Bare />
  ) : (
    <BriefingEditor
      initialState={saved}
      checkNorms={params.get('norms') === '0' ? null : (coreCheck ?? fallbackCheck)}
      findSimilar={findSimilar}
      onChange={(report) => {
        // what an autosave does: keep the serialized state
        if (report.state.version === 1) w.__autosaved += 1;
      }}
    />
  ),
);
setTimeout(() => (w.__ready = true), 500);
