// The app's first script, kept tiny so that it runs before the app's code (React, antd, Dexie) has
// downloaded and compiled: it starts what the first page needs that can start without that code (the
// 排名 page's ranking worker, which then reads the records in parallel), then loads the app.
import { startRankingWorkerFor } from './workers/rankingWorkerStart.ts';

// A demo build first loads its demo data on a first run (main.tsx); its worker starts after that.
if (import.meta.env.VITE_CAIBIAN_DEMO !== '1') startRankingWorkerFor(window.location.hash);
import('./main.tsx').catch((error: unknown) => {
  console.error('采编台加载失败', error);
});
