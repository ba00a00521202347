import { useEffect, useMemo, useRef, useState } from 'react';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import { type RankingClient, rankingClient } from '../../workers/rankingClient.ts';
import type { DataSummary, RankingView, Targets, UnitSeries } from '../../workers/rankingTypes.ts';
import { defaultChoice, type PeriodChoice, periodOf } from './periodChoice.ts';
import { findScheme, loadSchemeOptions, type SchemeOption } from './schemeChoice.ts';

/** Our unit's yearly targets when none are set (settings key `rankings.targets`): 200 items a year, … */
export const DEFAULT_TARGETS: Targets = { submitted: 200, adopted: 60, score: 300 };

/** What the page needs before it can rank: the records' summary, the schemes and the saved settings. */
export interface RankingSetup {
  readonly summary: DataSummary;
  readonly options: readonly SchemeOption[];
  readonly targets: Targets;
}

/** The page's state and its setters; every change re-asks the worker, stale answers are dropped. */
export function useRankings() {
  const repositories = useRepositories();
  const client: RankingClient = useMemo(() => rankingClient(), []);
  const [setup, setSetup] = useState<RankingSetup | null>(null);
  const [schemeValue, setSchemeValue] = useState<string>('lianyungang');
  const [ourUnit, setOurUnitState] = useState<string | null>(null);
  const [choice, setChoice] = useState<PeriodChoice | null>(null);
  const [group, setGroup] = useState<string | undefined>(undefined);
  const [view, setView] = useState<RankingView | null>(null);
  const [series, setSeries] = useState<UnitSeries | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(true);
  const [seriesBusy, setSeriesBusy] = useState(false);
  const asked = useRef(0);
  const askedSeries = useRef(0);

  useEffect(() => {
    let live = true;
    const { settings, schemes } = repositories;
    Promise.all([
      client.load(),
      schemes.list().then(loadSchemeOptions),
      settings.get<string>('scheme', 'lianyungang'),
      settings.get<string | null>('ourUnit', null),
      settings.get<Targets>('rankings.targets', DEFAULT_TARGETS),
    ])
      .then(([summary, options, scheme, ours, targets]) => {
        if (!live) return;
        performance.mark('rankings:setup', { detail: { workerLoadMs: summary.loadMs } });
        setSchemeValue(findScheme(options, scheme).value);
        setOurUnitState(ours);
        setChoice(defaultChoice(summary.lastDate, new Date().toISOString().slice(0, 10)));
        setSetup({ summary, options, targets });
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [client, repositories]);

  const scheme = useMemo(() => (setup ? findScheme(setup.options, schemeValue) : null), [setup, schemeValue]);
  const period = useMemo(() => (choice ? periodOf(choice) : null), [choice]);

  useEffect(() => {
    if (!setup || !scheme || !period) return;
    const ask = ++asked.current;
    setBusy(true);
    setError(null);
    performance.mark('rankings:ask');
    client
      .rank(scheme.ref, period, group, ourUnit ?? undefined)
      .then((v) => {
        performance.mark('rankings:answer');
        if (ask === asked.current) setView(v);
      })
      .catch((e: Error) => ask === asked.current && setError(e.message))
      .finally(() => ask === asked.current && setBusy(false));
  }, [client, setup, scheme, period, group, ourUnit]);

  // Our unit's series do not depend on the group: asked after the ranking (the worker answers in order).
  useEffect(() => {
    if (!setup || !scheme || !period || !ourUnit) {
      setSeries(null);
      return;
    }
    const ask = ++askedSeries.current;
    setSeriesBusy(true);
    client
      .series(scheme.ref, period, ourUnit, setup.targets)
      .then((s) => ask === askedSeries.current && setSeries(s))
      .catch(() => ask === askedSeries.current && setSeries(null))
      .finally(() => ask === askedSeries.current && setSeriesBusy(false));
  }, [client, setup, scheme, period, ourUnit]);

  const setOurUnit = (unitId: string) => {
    setOurUnitState(unitId);
    void repositories.settings.set('ourUnit', unitId);
  };
  return {
    client,
    setup,
    scheme,
    schemeValue,
    setSchemeValue,
    ourUnit,
    setOurUnit,
    choice,
    setChoice,
    period,
    group: view?.group ?? group,
    setGroup,
    view,
    series,
    error,
    busy: busy || seriesBusy,
  };
}
