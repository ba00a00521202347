// First: zod must not probe for eval under the Content-Security-Policy.
import './features/settings/withoutEval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, warmUpRoute } from './app/App.tsx';
import { createRepositories } from './data/createRepositories.ts';
import { CaibianDb } from './data/db.ts';
import { createDemoData, seedDemoOnCreate } from './data/demo.ts';
import { RepositoriesProvider } from './data/RepositoriesContext.tsx';
import { DemoProvider, type DemoService } from './features/demo/DemoContext.tsx';

performance.mark('shell:start');
const demoBuild = import.meta.env.VITE_CAIBIAN_DEMO === '1';
// The first page's code and data start loading now, beside the shell's first render.
if (!demoBuild) warmUpRoute(window.location.hash);
const db = new CaibianDb();
if (demoBuild) seedDemoOnCreate(db);
const repositories = createRepositories(db, { now: () => new Date() });
const demo: DemoService = {
  data: createDemoData(db, repositories),
  // The generator is needed only when demo data is loaded: its code is not part of the first screen.
  generate: () =>
    import('./features/demo/generateDemo.ts').then((m) => m.generateDemo({ today: m.isoDay(new Date()) })),
};

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
const root = createRoot(container);

function render() {
  root.render(
    <StrictMode>
      <RepositoriesProvider repositories={repositories}>
        <DemoProvider service={demo}>
          <App />
        </DemoProvider>
      </RepositoriesProvider>
    </StrictMode>,
  );
}

/** `pnpm start` (a demo build) lands a new user in demo data: load it on a first run, then show the app. */
async function start() {
  if (demoBuild && (await demo.data.state()) === 'offer') {
    container?.replaceChildren(Object.assign(document.createElement('p'), { textContent: '正在载入演示数据…' }));
    try {
      await demo.data.load(await demo.generate());
    } catch (error) {
      console.error('演示数据载入失败', error);
    }
  }
  if (demoBuild) warmUpRoute(window.location.hash);
  // A turn of the event loop before React's first render lets the ranking worker (created above) start.
  await new Promise((resolve) => setTimeout(resolve, 0));
  render();
}

void start();
