import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { createRepositories } from './data/createRepositories.ts';
import { CaibianDb } from './data/db.ts';
import { seedDemoOnCreate } from './data/demo.ts';
import { RepositoriesProvider } from './data/RepositoriesContext.tsx';

const db = new CaibianDb();
if (import.meta.env.VITE_CAIBIAN_DEMO === '1') seedDemoOnCreate(db);
const repositories = createRepositories(db, { now: () => new Date() });

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <RepositoriesProvider repositories={repositories}>
      <App />
    </RepositoriesProvider>
  </StrictMode>,
);
