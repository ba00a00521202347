import { createContext, type ReactNode, useContext } from 'react';
import type { Repositories } from './createRepositories.ts';

export type { Repositories } from './createRepositories.ts';

/**
 * What a component may be given: every repository, or (in a focused test) only those it uses; a component
 * reaching for one that was not provided fails loudly when it calls it.
 */
type ProvidedRepositories = Partial<Repositories>;

const RepositoriesContext = createContext<ProvidedRepositories | null>(null);

/** Makes `repositories` available to the components below. */
export function RepositoriesProvider({
  repositories,
  children,
}: {
  repositories: ProvidedRepositories;
  children: ReactNode;
}) {
  return <RepositoriesContext.Provider value={repositories}>{children}</RepositoriesContext.Provider>;
}

/** The repositories of the nearest {@link RepositoriesProvider}. */
export function useRepositories(): Repositories {
  const value = useContext(RepositoriesContext);
  if (!value) throw new Error('useRepositories must be used inside <RepositoriesProvider>');
  return value as Repositories;
}
