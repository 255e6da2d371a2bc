// Values the schemas share with the annotation code, kept apart from the
// schemas themselves: those load zod, which the annotation threads never
// need, and zod was two fifths of each thread's module loading.

/** Flags every topic pattern is compiled with; the registry's check and the matcher use the same constant. */
export const TOPIC_PATTERN_FLAGS = 'giu';

/** Stands for the paragraph number in `paragraphCitations`; pages put the real number in. */
export const PARAGRAPH_TOKEN = '987654321';
