import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { TOOL_IDS } from './lib/tools';
import { idSchema as slugKey } from './lib/tool-content';

/**
 * What a trainer needs to teach a chapter: the session length, discussion questions, one short
 * practical exercise, and notes for the trainer (shown in a "for trainers" block readers can hide).
 */
const teaching = z
  .object({
    /** Estimated length of a session on this chapter, in minutes (the course pack adds them up). */
    minutes: z.number().int().min(15).max(240),
    discussion: z.array(z.string().min(20)).min(2).max(5),
    exercise: z
      .object({
        title: z.string().min(5).max(90),
        minutes: z.number().int().min(5).max(120),
        brief: z.string().min(40),
        steps: z.array(z.string().min(10)).min(2).max(6),
        /** A tool the exercise uses, and optionally one of its worked scenarios (opened from a link). */
        tool: z.enum(TOOL_IDS).optional(),
        scenario: slugKey.optional(),
      })
      .strict(),
    trainerNotes: z.array(z.string().min(20)).min(2).max(6),
  })
  .strict();

/** A chapter of the method, one MDX file per language, paired with its twin by `key`. */
const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/guides' }),
  schema: z
    .object({
      title: z.string().min(3),
      description: z.string().min(20).max(300),
      part: z.number().int().min(1).max(4),
      chapter: z.number().int().min(1).max(99),
      key: slugKey,
      takeaways: z.array(z.string().min(10)).min(3).max(5),
      tools: z.array(z.enum(TOOL_IDS)).default([]),
      teaching,
      sources: z.array(slugKey).default([]),
      updated: z.coerce.date().optional(),
      draft: z.boolean().default(false),
    })
    .strict(),
});

const glossaryEntry = z
  .object({
    term: z.string().min(2),
    short: z.string().min(10).max(240),
    long: z.string().min(20),
    aliases: z.array(z.string()).default([]),
  })
  .strict();

/** Glossary terms: one entry per term, both languages required side by side. */
const glossary = defineCollection({
  loader: file('./src/content/glossary/glossary.json'),
  schema: z
    .object({
      id: slugKey,
      fr: glossaryEntry,
      en: glossaryEntry,
      chapter: z.string().optional(),
    })
    .strict(),
});

/** Bibliography entries with stable keys, cited by chapters. */
const sources = defineCollection({
  loader: file('./src/content/sources/sources.json'),
  schema: z
    .object({
      id: slugKey,
      authors: z.array(z.string().min(2)).min(1),
      year: z.union([z.number().int().min(1900).max(2100), z.literal('n.d.')]),
      title: z.string().min(3),
      venue: z.string().min(2),
      kind: z.enum(['thesis', 'article', 'conference', 'book', 'web', 'slides', 'interview', 'report']),
      url: z.url().optional(),
      note: z.object({ fr: z.string(), en: z.string() }).strict().optional(),
      uncertain: z.object({ fr: z.string(), en: z.string() }).strict().optional(),
    })
    .strict(),
});

/** Stand-alone pages (about…), one MDX per language, paired by key. */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/pages' }),
  schema: z.object({ title: z.string().min(3), description: z.string().min(20).max(300), key: slugKey }).strict(),
});

export const collections = { guides, glossary, sources, pages };
