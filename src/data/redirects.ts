import raw from '../content/redirects.json';
import { redirectMapSchema, redirectProblems } from '../lib/redirects';

/** The redirect map, validated once per build: a bad entry stops the build and says which. */
export function loadRedirects() {
  const parsed = redirectMapSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`src/content/redirects.json: ${parsed.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`).join('; ')}`);
  const problems = redirectProblems(parsed.data);
  if (problems.length) throw new Error(`src/content/redirects.json: ${problems.join('; ')}`);
  return parsed.data;
}
