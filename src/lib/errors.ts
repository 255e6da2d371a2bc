/**
 * Every problem a user can fix is a DossierError: it names the file, the line
 * where there is one, what is wrong and how to fix it. The CLI prints these
 * without a stack trace; anything else is a bug and keeps its trace.
 */
export class DossierError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly hint: string | undefined;

  constructor(message: string, where: { file?: string | undefined; line?: number | undefined; hint?: string | undefined } = {}) {
    super(message);
    this.name = 'DossierError';
    this.file = where.file;
    this.line = where.line;
    this.hint = where.hint;
  }

  /** One readable block: `file:line: message` then the hint, indented. */
  format(): string {
    const place = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    return `${place}${this.message}${this.hint ? `\n  fix: ${this.hint}` : ''}`;
  }
}

/** Several independent problems found in one pass, reported together. */
export class DossierErrors extends Error {
  readonly errors: DossierError[];
  constructor(errors: DossierError[]) {
    super(errors.map((e) => e.format()).join('\n'));
    this.name = 'DossierErrors';
    this.errors = errors;
  }
}

export function isUserError(error: unknown): error is DossierError | DossierErrors {
  return error instanceof DossierError || error instanceof DossierErrors;
}
