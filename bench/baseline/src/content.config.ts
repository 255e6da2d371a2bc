import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// scripts/bench/baseline-build.ts points this at the corpus being measured.
const base = process.env.BENCH_BASELINE_CONTENT ?? '../.work/baseline-content/100';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.md', base }),
    schema: z.object({ title: z.string() }),
  }),
};
