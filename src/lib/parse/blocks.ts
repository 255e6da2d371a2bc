/**
 * Splits seed text into blocks: the paragraphs of the page as it was saved,
 * each with the line it starts on (for error messages and tests).
 */
export type TextBlock = { text: string; line: number };

/** Wrapped prose has lines of similar, moderate length; list-like lines do not. */
const WRAP_MIN = 50;
const WRAP_MAX = 100;

export function splitBlocks(text: string): TextBlock[] {
  const lines = text.split('\n').map((raw) => raw.replace(/\t/g, ' ').trim());
  const blocks: TextBlock[] = [];
  let run: { text: string; line: number }[] = [];
  const flush = () => {
    if (run.length > 0) blocks.push(...joinRun(run));
    run = [];
  };
  lines.forEach((line, index) => {
    if (line === '') flush();
    else run.push({ text: line, line: index + 1 });
  });
  flush();
  return blocks;
}

/**
 * A run of non-blank lines is one hard-wrapped paragraph when every line but
 * the last has the length of a wrapped line; otherwise each line is its own
 * paragraph (the common "one paragraph per line" export).
 */
function joinRun(run: TextBlock[]): TextBlock[] {
  if (run.length === 1) return run;
  const wrapped = run
    .slice(0, -1)
    .every((l) => l.text.length >= WRAP_MIN && l.text.length <= WRAP_MAX && !/[.!?:"”’]$/.test(l.text));
  if (wrapped) return [{ text: run.map((l) => l.text).join(' '), line: run[0]!.line }];
  return run;
}
