import { z } from 'zod';
import { LANGS } from '../i18n-core';
import { idSchema as id, keyedObject, prose, sectionRefSchema, uniqueIds } from '../tool-content';
import type { Condition } from './rules-engine';
import { CHARACTERISTICS, CHECK_SIDES, FAMILIES, FIELD_SCALES, FIELDS, LEVERS, MOMENTS, PROFILE_IDS, ordinal, type Characteristic, type Field, type FieldValue } from './scales';
import { STEP_IDS } from './steps';

/**
 * Zod schemas of the planner's content files (src/content/tools/participation-planner/), the
 * types inferred from them.
 */

/** Every field's scale as an enum (one line per field, so that each keeps its own values in the types). */
const FIELD_ENUMS = {
  physical: z.enum(FIELD_SCALES.physical),
  mental: z.enum(FIELD_SCALES.mental),
  level: z.enum(FIELD_SCALES.level),
  personalisation: z.enum(FIELD_SCALES.personalisation),
  participants: z.enum(FIELD_SCALES.participants),
  repetition: z.enum(FIELD_SCALES.repetition),
  freedom: z.enum(FIELD_SCALES.freedom),
  motive: z.enum(FIELD_SCALES.motive),
  culture: z.enum(FIELD_SCALES.culture),
  duration: z.enum(FIELD_SCALES.duration),
  complexity: z.enum(FIELD_SCALES.complexity),
  innovation: z.enum(FIELD_SCALES.innovation),
  knowledge: z.enum(FIELD_SCALES.knowledge),
  deviance: z.enum(FIELD_SCALES.deviance),
  stakes: z.enum(FIELD_SCALES.stakes),
} satisfies { readonly [F in Field]: z.ZodType<FieldValue<F>> };

/* ---------- Links to chapter sections ---------- */

export const linksSchema = z.strictObject({ steps: keyedObject(STEP_IDS, () => z.array(sectionRefSchema).min(1)) });
export type StepLinks = z.infer<typeof linksSchema>['steps'];

/* ---------- Rules ---------- */

const leafSchema = z
  .strictObject({ op: z.literal('in'), field: z.enum(FIELDS), values: z.array(z.string()).min(1) })
  .superRefine((leaf, ctx) => {
    const scale = FIELD_SCALES[leaf.field] as readonly string[];
    leaf.values.forEach((value, index) => {
      if (!scale.includes(value)) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a value of ${leaf.field} (${scale.join(', ')})`, path: ['values', index] });
      }
    });
  });

/** Conditions nest, so this one schema states its type (the rules engine's). */
export const conditionSchema: z.ZodType<Condition> = z.discriminatedUnion('op', [
  leafSchema,
  z.strictObject({ op: z.literal('all'), of: z.array(z.lazy(() => conditionSchema)).min(1) }),
  z.strictObject({ op: z.literal('any'), of: z.array(z.lazy(() => conditionSchema)).min(1) }),
]);

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
export type RuleText = z.infer<typeof ruleTextSchema>;

/** The rules in one language (rules.<lang>.json), by rule id. */
export const rulesTextSchema = z
  .strictObject({ rules: z.array(ruleTextSchema.extend({ id })).min(1) })
  .superRefine((doc, ctx) => uniqueIds(doc.rules, ctx, ['rules']));
export type RuleTextEntry = z.infer<typeof rulesTextSchema>['rules'][number];

const ruleSchema = z.strictObject({
  id,
  /** Number of the rule in chapter 7's list, or null for a rule the planner adds. */
  chapterRule: z.number().int().min(1).max(20).nullable(),
  when: conditionSchema,
  effects: effectsSchema,
  /** Catalogue actions this rule points to. */
  suggests: z.array(id).default([]),
  /** The chapter section the rule rests on. */
  basis: sectionRefSchema,
});
/** A rule with its words in the page's language (rules.json joined with rules.<lang>.json). */
export type PlannerRule = z.infer<typeof ruleSchema> & { readonly text: RuleText };

export const rulesSchema = z
  .strictObject({
    base: z.strictObject({
      accompaniment: z.number().int().min(0).max(100),
      sanction: z.number().int().min(0).max(100),
      configuration: z.number().int().min(0).max(100),
    }),
    /** Answers shown as context only: no rule reads them and they take no part in the profile. */
    context: z.array(z.enum(FIELDS)).default([]),
    rules: z.array(ruleSchema).min(1),
  })
  .superRefine((doc, ctx) => uniqueIds(doc.rules, ctx, ['rules']));
export type RulesFile = z.infer<typeof rulesSchema>;
export type PlannerRules = Omit<RulesFile, 'rules'> & { readonly rules: readonly PlannerRule[] };

/* ---------- Profiles ---------- */

/** A range on a characteristic's scale, from the lower to the higher value. */
function rangeSchema<const V extends string>(characteristic: Characteristic, scale: readonly [V, ...V[]]) {
  const values = z.enum(scale);
  return z
    .strictObject({ from: values, to: values })
    .refine((range) => ordinal(characteristic, range.from) <= ordinal(characteristic, range.to), 'a range must go from the lower to the higher value');
}

const separatorSchema = z
  .strictObject({
    between: z.tuple([z.enum(PROFILE_IDS), z.enum(PROFILE_IDS)]),
    field: z.enum(FIELDS),
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

export const profilesSchema = z
  .strictObject({
    order: z.array(z.enum(PROFILE_IDS)).length(PROFILE_IDS.length),
    profiles: z
      .array(
        z.strictObject({
          id: z.enum(PROFILE_IDS),
          family: z.enum(FAMILIES),
          level: rangeSchema('level', FIELD_SCALES.level),
          participants: rangeSchema('participants', FIELD_SCALES.participants),
          repetition: rangeSchema('repetition', FIELD_SCALES.repetition),
          freedom: rangeSchema('freedom', FIELD_SCALES.freedom),
        }),
      )
      .length(PROFILE_IDS.length),
    /** Pairs of profiles whose regions overlap, with the question that tells them apart. */
    separators: z.array(separatorSchema).default([]),
  })
  .superRefine((doc, ctx) => {
    uniqueIds(doc.profiles, ctx, ['profiles']);
    if (new Set(doc.order).size !== doc.order.length) ctx.addIssue({ code: 'custom', message: 'order lists a profile twice', path: ['order'] });
  });
export type ProfilesPositions = z.infer<typeof profilesSchema>;

export const profilesTextSchema = z
  .strictObject({
    families: z.strictObject({ utilitarian: prose, experiential: prose }),
    profiles: z.array(z.strictObject({ id: z.enum(PROFILE_IDS), name: prose, examples: prose, summary: prose })).length(PROFILE_IDS.length),
  })
  .superRefine((doc, ctx) => uniqueIds(doc.profiles, ctx, ['profiles']));
export type ProfilesText = z.infer<typeof profilesTextSchema>;
export type ProfileText = ProfilesText['profiles'][number];

/* ---------- Questions (labels of every single-choice answer) ---------- */

const optionTextSchema = z.strictObject({ label: prose, hint: prose.optional(), examples: prose.optional() });
export type OptionText = z.infer<typeof optionTextSchema>;

/** A question: its label, its help and a text for each value of its scale. */
const question = <const V extends string>(values: readonly V[]) => z.strictObject({ label: prose, help: prose, options: keyedObject(values, () => optionTextSchema) });

const momentTextSchema = z.strictObject({ label: prose, help: prose, whatLabel: prose });
export type MomentText = z.infer<typeof momentTextSchema>;

export const questionsSchema = z.strictObject({
  fields: z.strictObject({
    physical: question(FIELD_SCALES.physical),
    mental: question(FIELD_SCALES.mental),
    level: question(FIELD_SCALES.level),
    personalisation: question(FIELD_SCALES.personalisation),
    participants: question(FIELD_SCALES.participants),
    repetition: question(FIELD_SCALES.repetition),
    freedom: question(FIELD_SCALES.freedom),
    motive: question(FIELD_SCALES.motive),
    culture: question(FIELD_SCALES.culture),
    duration: question(FIELD_SCALES.duration),
    complexity: question(FIELD_SCALES.complexity),
    innovation: question(FIELD_SCALES.innovation),
    knowledge: question(FIELD_SCALES.knowledge),
    deviance: question(FIELD_SCALES.deviance),
    stakes: question(FIELD_SCALES.stakes),
  }),
  moments: keyedObject(MOMENTS, () => momentTextSchema),
});
export type Questions = z.infer<typeof questionsSchema>;
export type FieldQuestion<F extends Field> = Questions['fields'][F];

/* ---------- Action catalogue and checklist ---------- */

export const catalogueSchema = z
  .strictObject({ actions: z.array(z.strictObject({ id, lever: z.enum(LEVERS), label: prose, detail: prose })).min(LEVERS.length) })
  .superRefine((doc, ctx) => uniqueIds(doc.actions, ctx, ['actions']));
export type CatalogueAction = z.infer<typeof catalogueSchema>['actions'][number];

export const checklistSchema = z
  .strictObject({ items: z.array(z.strictObject({ id, side: z.enum(CHECK_SIDES), label: prose, prompt: prose })).min(1) })
  .superRefine((doc, ctx) => uniqueIds(doc.items, ctx, ['items']));
export type ChecklistItem = z.infer<typeof checklistSchema>['items'][number];

/* ---------- Worked examples ---------- */

export const examplesSchema = z
  .strictObject({
    examples: z
      .array(
        z.strictObject({
          id,
          answers: z.strictObject(FIELD_ENUMS),
          moments: keyedObject(MOMENTS, () => z.boolean()),
        }),
      )
      .min(1),
  })
  .superRefine((doc, ctx) => uniqueIds(doc.examples, ctx, ['examples']));
export type ExampleAnswersEntry = z.infer<typeof examplesSchema>['examples'][number];
export type ExampleAnswers = ExampleAnswersEntry['answers'];

export const examplesTextSchema = z
  .strictObject({
    examples: z
      .array(
        z.strictObject({
          id,
          /** Short label of the "load" button. */
          label: prose,
          name: prose,
          sector: prose,
          description: prose,
          moments: keyedObject(MOMENTS, () => z.string()),
        }),
      )
      .min(1),
  })
  .superRefine((doc, ctx) => uniqueIds(doc.examples, ctx, ['examples']));
export type ExampleText = z.infer<typeof examplesTextSchema>['examples'][number];

/* ---------- Page explanation ---------- */

export const explainSchema = z
  .strictObject({ sections: z.array(z.strictObject({ id, heading: prose, paragraphs: z.array(prose).min(1) })).min(1) })
  .superRefine((doc, ctx) => uniqueIds(doc.sections, ctx, ['sections']));
export type ExplainSection = z.infer<typeof explainSchema>['sections'][number];

export const CONTENT_LANGS = LANGS;
