/**
 * Remembers what was made from some input between runs. `parts` name every
 * input the value depends on (the caller adds nothing implicit but the
 * pipeline's own version); `compute` says whether its value may be kept, so a
 * file with problems is read afresh, and its messages given, every time.
 */
export type Memo = <T>(parts: readonly string[], compute: () => { value: T; keep: boolean }) => T;

/** No memory: everything is computed. */
export const NO_MEMO: Memo = (_parts, compute) => compute().value;
