import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import { type RankingClient, rankingClient } from '../../workers/rankingClient.ts';
import type { DataSummary, PeriodRef, RankingView, Targets, UnitSeries } from '../../workers/rankingTypes.ts';
import { afterNextPaint } from './afterNextPaint.ts';
import { defaultChoice, type PeriodChoice, periodOf } from './periodChoice.ts';
import { findScheme, type SchemeOption } from './schemeOption.ts';

// The presets load beside the worker's first answer, not with the page's code (which shows before them).
const schemeChoice = import('./schemeChoice.ts');

/** Our unit's yearly targets when none are set (settings key `rankings.targets`): 200 items a year, … */
export const DEFAULT_TARGETS: Targets = { submitted: 200, adopted: 60, score: 300 };

const rankKey = (scheme: string, period: PeriodRef, group: string | undefined, ours: string | null) =>
  `${scheme}|${period.kind}|${period.from}|${period.to}|${group ?? ''}|${ours ?? ''}`;

/** Marks the worker's steps (epoch ms) on the page's timeline, for the benchmark's phases. */
function markWorkerSteps(timings: Readonly<Record<string, number>>) {
  for (const [step, at] of Object.entries(timings)) {
    const startTime = at - performance.timeOrigin;
    if (at > 0 && startTime >= 0) performance.mark(`rankings:worker-${step}`, { startTime });
  }
}

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
  /** The view the worker's opening already ranked (its request key), so it is not asked for again. */
  const primed = useRef<string | null>(null);
  const askedSeries = useRef(0);

  useEffect(() => {
    let live = true;
    const { settings, schemes } = repositories;
    Promise.all([
      client.open(),
      Promise.all([schemeChoice, schemes.list()]).then(([m, own]) => m.loadSchemeOptions(own)),
      settings.get<string>('scheme', 'lianyungang'),
      settings.get<string | null>('ourUnit', null),
      settings.get<Targets>('rankings.targets', DEFAULT_TARGETS),
    ])
      .then(([opening, options, saved, ours, targets]) => {
        if (!live) return;
        const { summary } = opening;
        markWorkerSteps(opening.timings);
        performance.mark('rankings:setup', { detail: { workerLoadMs: summary.loadMs } });
        const chosen = findScheme(options, saved);
        const choice = defaultChoice(summary.lastDate, new Date().toISOString().slice(0, 10));
        // The worker ranked the same view already (unless a setting changed since it read them): show it.
        const first = opening.view;
        if (
          first &&
          opening.scheme === chosen.value &&
          opening.schemeKey === chosen.ref.key &&
          opening.ourUnit === ours
        ) {
          const period = periodOf(choice);
          if (period.from === first.period.from && period.to === first.period.to && period.kind === first.period.kind) {
            primed.current = rankKey(chosen.ref.key, period, undefined, ours);
            setView(first);
            setBusy(false);
          }
        }
        setSchemeValue(chosen.value);
        // Set with the rest, so that asking for the series does not render the page once more.
        setSeriesBusy(ours !== null);
        setOurUnitState(ours);
        setChoice(choice);
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
    const key = rankKey(scheme.ref.key, period, group, ourUnit);
    const shown = primed.current === key;
    primed.current = null;
    if (shown) return;
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

  // Our unit's series do not depend on the group. Asked once the ranking has painted (the worker answers in
  // order), so their scoring does not compete with drawing the ranking's bars and table.
  useEffect(() => {
    if (!setup || !scheme || !period || !ourUnit) {
      askedSeries.current += 1;
      setSeries(null);
      setSeriesBusy(false);
      return;
    }
    const ask = ++askedSeries.current;
    setSeriesBusy(true);
    return afterNextPaint(() => {
      client.series(scheme.ref, period, ourUnit, setup.targets).then(
        (s) => {
          if (ask !== askedSeries.current) return;
          // Our unit's five charts are drawn after the ranking's bars and table, not in their way.
          startTransition(() => {
            setSeries(s);
            setSeriesBusy(false);
          });
        },
        () => {
          if (ask !== askedSeries.current) return;
          setSeries(null);
          setSeriesBusy(false);
        },
      );
    });
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
