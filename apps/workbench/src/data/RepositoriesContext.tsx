import { createContext, type ReactNode, useContext } from 'react';
import type { NotesRepository } from './notesRepository.ts';

/** The repositories components read and write data through. */
export interface Repositories {
  readonly notes: NotesRepository;
}

const RepositoriesContext = createContext<Repositories | null>(null);

/** Makes `repositories` available to the components below. */
export function RepositoriesProvider({ repositories, children }: { repositories: Repositories; children: ReactNode }) {
  return <RepositoriesContext.Provider value={repositories}>{children}</RepositoriesContext.Provider>;
}

/** The repositories of the nearest {@link RepositoriesProvider}. */
export function useRepositories(): Repositories {
  const value = useContext(RepositoriesContext);
  if (!value) throw new Error('useRepositories must be used inside <RepositoriesProvider>');
  return value;
}
