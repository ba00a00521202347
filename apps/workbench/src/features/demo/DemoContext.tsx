import { createContext, type ReactNode, useContext } from 'react';
import type { DemoData, DemoDataset } from '../../data/demo.ts';

/** What the demo controls need: the demo rows' store and a generator for a fresh dataset (its code loads on first use). */
export interface DemoService {
  data: DemoData;
  generate(): Promise<DemoDataset>;
}

const DemoContext = createContext<DemoService | null>(null);

/** Makes the demo service available to the banner and the settings page. */
export function DemoProvider({ service, children }: { service: DemoService; children: ReactNode }) {
  return <DemoContext.Provider value={service}>{children}</DemoContext.Provider>;
}

/** The demo service, or `null` where none was provided (then no demo controls are shown). */
export function useDemo(): DemoService | null {
  return useContext(DemoContext);
}
