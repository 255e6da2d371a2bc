/**
 * Remembers what was made from some input between runs. `parts` name every
 * input the value depends on (the caller adds nothing implicit but the
 * pipeline's own version); `compute` says whether its value may be kept, so a
 * file with problems is read afresh, and its messages given, every time.
 */
export type Memo = <T>(parts: readonly string[], compute: () => { value: T; keep: boolean }) => T;

/** No memory: everything is computed. */
export const NO_MEMO: Memo = (_parts, compute) => compute().value;

/**
 * What `read` makes of one file, through a memo: kept only when reading it
 * found no problem, so that a file with problems is read again, and its
 * messages (pushed to `problems`) given, on every run.
 */
export function readThrough<T, P>(memo: Memo, parts: readonly string[], problems: P[], read: (problems: P[]) => T): T {
  return memo(parts, () => {
    const own: P[] = [];
    const value = read(own);
    problems.push(...own);
    return { value, keep: own.length === 0 };
  });
}
