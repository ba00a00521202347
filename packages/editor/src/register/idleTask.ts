/** A task run once, after a quiet period and when the browser is idle. */
export interface IdleTask {
  /** (Re)starts the quiet period; the task runs `delay` ms after the last call, at idle time. */
  schedule(): void;
  /** Runs the task now if it is pending. */
  flush(): void;
  /** Drops the pending run. */
  cancel(): void;
}

type IdleHandle = { kind: 'idle'; id: number } | { kind: 'timeout'; id: ReturnType<typeof setTimeout> };

/**
 * Debounces `run` by `delay` ms, then runs it in an idle period (`requestIdleCallback`, at most
 * `idleTimeout` ms later) so that it never competes with a keystroke. Without `requestIdleCallback`
 * (jsdom, Node) it runs right after the delay.
 *
 * @example
 * const task = createIdleTask(() => lint(), 400);
 * editor.registerUpdateListener(() => task.schedule());
 */
export function createIdleTask(run: () => void, delay: number, idleTimeout = 500): IdleTask {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: IdleHandle | undefined;
  let pending = false;
  const fire = () => {
    idle = undefined;
    if (!pending) return;
    pending = false;
    run();
  };
  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (idle?.kind === 'idle') cancelIdleCallback(idle.id);
    else if (idle) clearTimeout(idle.id);
    idle = undefined;
  };
  return {
    schedule() {
      clear();
      pending = true;
      timer = setTimeout(() => {
        timer = undefined;
        idle =
          typeof requestIdleCallback === 'function'
            ? { kind: 'idle', id: requestIdleCallback(fire, { timeout: idleTimeout }) }
            : { kind: 'timeout', id: setTimeout(fire, 0) };
      }, delay);
    },
    flush() {
      clear();
      fire();
    },
    cancel() {
      clear();
      pending = false;
    },
  };
}

/** Whether any of the editors is in the middle of an IME composition. */
export function isAnyComposing(...editors: readonly ({ isComposing(): boolean } | null | undefined)[]): boolean {
  return editors.some((editor) => editor?.isComposing() === true);
}
