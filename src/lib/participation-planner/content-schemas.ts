import { z } from 'zod';
import { LANGS } from '../i18n-core';
import type { Condition } from './rules-engine';
import {
  CHARACTERISTICS,
  CHECK_SIDES,
  FAMILIES,
  FIELD_SCALES,
  FIELDS,
  LEVERS,
  MOMENTS,
  PROFILE_IDS,
  ordinal,
  type CheckSide,
  type Family,
  type Field,
  type FieldValue,
  type Lever,
  type Moment,
  type ProfileId,
} from './scales';
import { STEP_IDS, type StepId } from './steps';
import type { SectionRef } from '../section-links';
import { sectionRefSchema } from '../tool-content';
import type { ProfilePosition, ProfileSeparator } from './profile-match';

/** Zod schemas of the planner's content files (src/content/tools/participation-planner/). */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');
const prose = z.string().trim().min(1);

function uniqueIds(items: readonly { readonly id: string }[], ctx: z.RefinementCtx, path: (string | number)[]): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${item.id}"`, path: [...path, index, 'id'] });
    seen.add(item.id);
  });
}

/* ---------- Links to chapter sections ---------- */

export type StepLinks = { readonly [S in StepId]: readonly SectionRef[] };
export const linksSchema: z.ZodType<{ steps: StepLinks }> = z.strictObject({
  steps: z.strictObject(Object.fromEntries(STEP_IDS.map((step) => [step, z.array(sectionRefSchema).min(1)]))),
}) as unknown as z.ZodType<{ steps: StepLinks }>;

/* ---------- Rules ---------- */

const leafSchema = z
  .strictObject({ op: z.literal('in'), field: z.enum(FIELDS as [Field, ...Field[]]), values: z.array(z.string()).min(1) })
  .superRefine((leaf, ctx) => {
    const scale = FIELD_SCALES[leaf.field] as readonly string[];
    leaf.values.forEach((value, index) => {
      if (!scale.includes(value)) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a value of ${leaf.field} (${scale.join(', ')})`, path: ['values', index] });
      }
    });
  });

export const conditionSchema: z.ZodType<Condition> = z.discriminatedUnion('op', [
  leafSchema,
  z.strictObject({ op: z.literal('all'), of: z.array(z.lazy(() => conditionSchema)).min(1) }),
  z.strictObject({ op: z.literal('any'), of: z.array(z.lazy(() => conditionSchema)).min(1) }),
]) as z.ZodType<Condition>;

const effectsSchema = z
  .strictObject({
    accompaniment: z.number().int().min(-100).max(100).optional(),
    sanction: z.number().int().min(-100).max(100).optional(),
    configuration: z.number().int().min(-100).max(100).optional(),
  })
  .refine((effects) => Object.values(effects).some((value) => value !== undefined && value !== 0), 'a rule must move at least one lever');

const ruleTextSchema = z.strictObject({
  /** The rule in words, shown when it fires ("… → more accompaniment and training"). */
  rule: prose,
  /** Why, from the method. */
  why: prose,
});

export interface RuleText {
  readonly rule: string;
  readonly why: string;
}

export interface PlannerRule {
  readonly id: string;
  /** Number of the rule in chapter 7's list, or null for a rule the planner adds. */
  readonly chapterRule: number | null;
  readonly when: Condition;
  readonly effects: { readonly [L in Lever]?: number };
  /** Catalogue actions this rule points to. */
  readonly suggests: readonly string[];
  /** The chapter section the rule rests on. */
  readonly basis: SectionRef;
  readonly text: { readonly fr: RuleText; readonly en: RuleText };
}

export interface PlannerRules {
  readonly base: { readonly [L in Lever]: number };
  /** Answers shown as context only: no rule reads them and they take no part in the profile. */
  readonly context: readonly Field[];
  readonly rules: readonly PlannerRule[];
}

const ruleSchema = z.strictObject({
  id,
  chapterRule: z.number().int().min(1).max(20).nullable(),
  when: conditionSchema,
  effects: effectsSchema,
  suggests: z.array(id).default([]),
  basis: sectionRefSchema,
  text: z.strictObject({ fr: ruleTextSchema, en: ruleTextSchema }),
});

export const rulesSchema: z.ZodType<PlannerRules> = z
  .strictObject({
    base: z.strictObject({
      accompaniment: z.number().int().min(0).max(100),
      sanction: z.number().int().min(0).max(100),
      configuration: z.number().int().min(0).max(100),
    }),
    context: z.array(z.enum(FIELDS as [Field, ...Field[]])).default([]),
    rules: z.array(ruleSchema).min(1),
  })
  .superRefine((doc, ctx) => uniqueIds(doc.rules, ctx, ['rules'])) as unknown as z.ZodType<PlannerRules>;

/* ---------- Profiles ---------- */

function rangeSchema<C extends (typeof CHARACTERISTICS)[number]>(characteristic: C) {
  const values = FIELD_SCALES[characteristic] as unknown as readonly [string, ...string[]];
  return z
    .strictObject({ from: z.enum(values), to: z.enum(values) })
    .refine((range) => ordinal(characteristic, range.from) <= ordinal(characteristic, range.to), 'a range must go from the lower to the higher value');
}

export interface ProfilesPositions {
  readonly order: readonly ProfileId[];
  readonly profiles: readonly ProfilePosition[];
  /** Pairs of profiles whose regions overlap, with the question that tells them apart. */
  readonly separators: readonly ProfileSeparator[];
}

const separatorSchema = z
  .strictObject({
    between: z.tuple([z.enum(PROFILE_IDS), z.enum(PROFILE_IDS)]),
    field: z.enum(FIELDS as [Field, ...Field[]]),
    sides: z.record(z.string(), z.array(z.string()).min(1)),
  })
  .superRefine((separator, ctx) => {
    const [a, b] = separator.between;
    if (a === b) ctx.addIssue({ code: 'custom', message: 'a separator is between two different profiles', path: ['between'] });
    if ((CHARACTERISTICS as readonly string[]).includes(separator.field)) {
      ctx.addIssue({ code: 'custom', message: 'a separating question lies outside the four characteristics', path: ['field'] });
    }
    const keys = Object.keys(separator.sides).sort();
    if (keys.join() !== [a, b].sort().join()) ctx.addIssue({ code: 'custom', message: 'sides must name exactly the two profiles', path: ['sides'] });
    const scale = FIELD_SCALES[separator.field] as readonly string[];
    const seen = new Set<string>();
    for (const [id, values] of Object.entries(separator.sides)) {
      for (const value of values) {
        if (!scale.includes(value)) ctx.addIssue({ code: 'custom', message: `"${value}" is not a value of ${separator.field}`, path: ['sides', id] });
        if (seen.has(value)) ctx.addIssue({ code: 'custom', message: `"${value}" points to both profiles`, path: ['sides', id] });
        seen.add(value);
      }
    }
  });

export const profilesSchema: z.ZodType<ProfilesPositions> = z
  .strictObject({
    order: z.array(z.enum(PROFILE_IDS)).length(PROFILE_IDS.length),
    profiles: z
      .array(
        z.strictObject({
          id: z.enum(PROFILE_IDS),
          family: z.enum(FAMILIES),
          level: rangeSchema('level'),
          participants: rangeSchema('participants'),
          repetition: rangeSchema('repetition'),
          freedom: rangeSchema('freedom'),
        }),
      )
      .length(PROFILE_IDS.length),
    separators: z.array(separatorSchema).default([]),
  })
  .superRefine((doc, ctx) => {
    uniqueIds(doc.profiles, ctx, ['profiles']);
    if (new Set(doc.order).size !== doc.order.length) ctx.addIssue({ code: 'custom', message: 'order lists a profile twice', path: ['order'] });
  }) as unknown as z.ZodType<ProfilesPositions>;

export interface ProfileText {
  readonly id: ProfileId;
  readonly name: string;
  readonly examples: string;
  readonly summary: string;
}
export interface ProfilesText {
  readonly families: { readonly [F in Family]: string };
  readonly profiles: readonly ProfileText[];
}
export const profilesTextSchema: z.ZodType<ProfilesText> = z
  .strictObject({
    families: z.strictObject({ utilitarian: prose, experiential: prose }),
    profiles: z.array(z.strictObject({ id: z.enum(PROFILE_IDS), name: prose, examples: prose, summary: prose })).length(PROFILE_IDS.length),
  })
  .superRefine((doc, ctx) => uniqueIds(doc.profiles, ctx, ['profiles']));

/* ---------- Questions (labels of every single-choice answer) ---------- */

export interface OptionText {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly examples?: string | undefined;
}
export interface FieldQuestion<F extends Field> {
  readonly label: string;
  readonly help: string;
  readonly options: { readonly [V in FieldValue<F>]: OptionText };
}
export interface MomentText {
  readonly label: string;
  readonly help: string;
  readonly whatLabel: string;
}
export interface Questions {
  readonly fields: { readonly [F in Field]: FieldQuestion<F> };
  readonly moments: { readonly [M in Moment]: MomentText };
}

const optionTextSchema = z.strictObject({ label: prose, hint: prose.optional(), examples: prose.optional() });

export const questionsSchema: z.ZodType<Questions> = z.strictObject({
  fields: z.strictObject(
    Object.fromEntries(
      FIELDS.map((field) => [
        field,
        z.strictObject({
          label: prose,
          help: prose,
          options: z.strictObject(Object.fromEntries((FIELD_SCALES[field] as readonly string[]).map((value) => [value, optionTextSchema]))),
        }),
      ]),
    ),
  ),
  moments: z.strictObject(
    Object.fromEntries(MOMENTS.map((moment) => [moment, z.strictObject({ label: prose, help: prose, whatLabel: prose })])),
  ),
}) as unknown as z.ZodType<Questions>;

/* ---------- Action catalogue and checklist ---------- */

export interface CatalogueAction {
  readonly id: string;
  readonly lever: Lever;
  readonly label: string;
  readonly detail: string;
}
export const catalogueSchema: z.ZodType<{ actions: CatalogueAction[] }> = z
  .strictObject({ actions: z.array(z.strictObject({ id, lever: z.enum(LEVERS), label: prose, detail: prose })).min(LEVERS.length) })
  .superRefine((doc, ctx) => uniqueIds(doc.actions, ctx, ['actions']));

export interface ChecklistItem {
  readonly id: string;
  readonly side: CheckSide;
  readonly label: string;
  readonly prompt: string;
}
export const checklistSchema: z.ZodType<{ items: ChecklistItem[] }> = z
  .strictObject({ items: z.array(z.strictObject({ id, side: z.enum(CHECK_SIDES), label: prose, prompt: prose })).min(1) })
  .superRefine((doc, ctx) => uniqueIds(doc.items, ctx, ['items']));

/* ---------- Worked examples ---------- */

export type ExampleAnswers = { readonly [F in Field]: FieldValue<F> };
export interface ExampleAnswersEntry {
  readonly id: string;
  readonly answers: ExampleAnswers;
  readonly moments: { readonly [M in Moment]: boolean };
}
export const examplesSchema: z.ZodType<{ examples: ExampleAnswersEntry[] }> = z
  .strictObject({
    examples: z
      .array(
        z.strictObject({
          id,
          answers: z.strictObject(
            Object.fromEntries(FIELDS.map((field) => [field, z.enum(FIELD_SCALES[field] as unknown as readonly [string, ...string[]])])),
          ),
          moments: z.strictObject(Object.fromEntries(MOMENTS.map((moment) => [moment, z.boolean()]))),
        }),
      )
      .min(1),
  })
  .superRefine((doc, ctx) => uniqueIds(doc.examples, ctx, ['examples'])) as unknown as z.ZodType<{ examples: ExampleAnswersEntry[] }>;

export interface ExampleText {
  readonly id: string;
  /** Short label of the "load" button. */
  readonly label: string;
  readonly name: string;
  readonly sector: string;
  readonly description: string;
  readonly moments: { readonly [M in Moment]: string };
}
export const examplesTextSchema: z.ZodType<{ examples: ExampleText[] }> = z
  .strictObject({
    examples: z
      .array(
        z.strictObject({
          id,
          label: prose,
          name: prose,
          sector: prose,
          description: prose,
          moments: z.strictObject(Object.fromEntries(MOMENTS.map((moment) => [moment, z.string()]))),
        }),
      )
      .min(1),
  })
  .superRefine((doc, ctx) => uniqueIds(doc.examples, ctx, ['examples'])) as unknown as z.ZodType<{ examples: ExampleText[] }>;

/* ---------- Page explanation ---------- */

export interface ExplainSection {
  readonly id: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
}
export const explainSchema: z.ZodType<{ sections: ExplainSection[] }> = z
  .strictObject({ sections: z.array(z.strictObject({ id, heading: prose, paragraphs: z.array(prose).min(1) })).min(1) })
  .superRefine((doc, ctx) => uniqueIds(doc.sections, ctx, ['sections']));

export const CONTENT_LANGS = LANGS;
