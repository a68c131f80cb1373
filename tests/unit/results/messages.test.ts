import { describe, expect, it } from 'vitest';
import { resultsEn, resultsFr, resultsText } from '../../../src/i18n/results/index';
import {
  fieldLabel,
  format,
  formatBytes,
  formatErrorSummary,
  formatResultError,
  RESULT_ERROR_CODES,
  resultError,
} from '../../../src/lib/results/index';
import { plain } from './fixtures';

const fr = resultsText('fr');
const en = resultsText('en');

const placeholders = (text: string): string[] => [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1] ?? '').sort();

describe('format', () => {
  it('fills named placeholders, repeated ones too', () => {
    expect(format('{a} et {b}, encore {a}', { a: 'x', b: 2 })).toBe('x et 2, encore x');
  });
  it('leaves a placeholder without parameter visible', () => {
    expect(format('Bonjour {name} {missing}', { name: 'Léa' })).toBe('Bonjour Léa {missing}');
  });
  it('does not interpret replacement patterns or inherited properties', () => {
    expect(format('{v}', { v: '$& $1 $$' })).toBe('$& $1 $$');
    expect(format('{toString}', {})).toBe('{toString}');
  });
  it('does not produce HTML: markup in parameters stays as given', () => {
    expect(format('« {t} »', { t: '<img src=x onerror=alert(1)>' })).toBe('« <img src=x onerror=alert(1)> »');
  });
});

describe('dictionaries', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(resultsEn).sort()).toEqual(Object.keys(resultsFr).sort());
  });
  it('use the same placeholders in both languages, and no string is empty', () => {
    for (const key of Object.keys(resultsFr) as (keyof typeof resultsFr)[]) {
      expect(resultsFr[key].trim(), key).not.toBe('');
      expect(resultsEn[key].trim(), key).not.toBe('');
      expect(placeholders(resultsEn[key]), key).toEqual(placeholders(resultsFr[key]));
    }
  });
  it('have a message for every error code', () => {
    for (const code of RESULT_ERROR_CODES) {
      expect(resultsFr, code).toHaveProperty(`err.${code}`);
    }
  });
  it('write French with no-break spaces before double punctuation and inside guillemets', () => {
    for (const [key, text] of Object.entries(resultsFr)) {
      expect(text, key).not.toMatch(/ [:;!?»]|« /);
    }
  });
});

describe('formatResultError', () => {
  it('renders the example messages of the brief in both languages', () => {
    const outOfRange = resultError('answer-out-of-range', { question: 'km-3', value: 9, min: 0, max: 4 });
    expect(plain(formatResultError(outOfRange, fr))).toBe('Réponse à la question km-3 : 9 est en dehors de 0–4.');
    expect(formatResultError(outOfRange, en)).toBe('Answer to question km-3: 9 is outside 0–4.');

    const wrongTool = resultError('wrong-tool', { found: 'segment-positioning', expected: 'maturity-audit' });
    expect(plain(formatResultError(wrongTool, fr))).toBe(
      "Ce fichier provient de l'outil « matrice de positionnement des segments », et non de l'outil « audit de maturité ».",
    );
    expect(formatResultError(wrongTool, en)).toBe(
      'This file comes from the “segment positioning matrix” tool, not the “maturity audit” tool.',
    );

    const newer = resultError('newer-version', { found: 5, supported: 2 });
    expect(formatResultError(newer, en)).toBe(
      'This file was made by a newer edition of the site (version 5; this site reads up to version 2): update the site by reloading the page.',
    );

    const json = resultError('invalid-json', { line: 3, column: 7 });
    expect(formatResultError(json, en)).toBe('This is not a results file (invalid JSON at line 3, column 7).');
    expect(plain(formatResultError(json, fr))).toBe(
      "Ce n'est pas un fichier de résultats (JSON invalide à la ligne 3, colonne 7).",
    );

    const big = resultError('file-too-large', { size: 3 * 1024 * 1024, limit: 1024 * 1024 });
    expect(formatResultError(big, en)).toBe('The file is larger than 1 MB (3 MB), so it was refused.');
    expect(plain(formatResultError(big, fr))).toBe('Le fichier dépasse 1 Mo (3 Mo) : il est refusé.');
  });

  it('derives {field} from the path', () => {
    const error = resultError('value-too-big', { value: 12, max: 10 }, ['data', 'segments', 1, 'knowledge']);
    expect(formatResultError(error, en)).toBe('Field “segments › #2 › knowledge”: 12 is above the maximum (10).');
    expect(plain(formatResultError(error, fr))).toBe('Champ « segments › n° 2 › connaissance » : 12 dépasse le maximum (10).');
  });
});

describe('fieldLabel', () => {
  it('names envelope fields, drops the data prefix and counts positions from 1', () => {
    expect(fieldLabel(['title'], fr)).toBe('titre');
    expect(fieldLabel(['createdAt'], en)).toBe('creation date');
    expect(fieldLabel([], en)).toBe('file');
    expect(fieldLabel(['data'], en)).toBe('data');
    expect(fieldLabel(['data', 'answers', 'km-3'], en)).toBe('answers › km-3');
    expect(plain(fieldLabel(['data', 'actions', 0, 'due'], fr))).toBe('actions › n° 1 › échéance');
    // French readers see French field names, not the schema's ids
    expect(plain(fieldLabel(['data', 'team', 'respondents'], fr))).toBe('équipe › répondants');
    expect(plain(fieldLabel(['data', 'answers'], fr))).toBe('réponses');
    // an id the dictionary does not know is shown as it is
    expect(fieldLabel(['data', 'answers', 'km-3'], fr)).toBe('réponses › km-3');
  });
});

describe('formatErrorSummary', () => {
  const a = resultError('field-missing', {}, ['title']);
  const b = resultError('field-expected-number', {}, ['data', 'budget']);
  const c = resultError('invalid-date', {}, ['createdAt']);
  it('is empty for no errors and the single message for one', () => {
    expect(formatErrorSummary([], en)).toBe('');
    expect(formatErrorSummary([a], en)).toBe('Field “title”: the value is missing.');
  });
  it('counts the others with a singular and a plural form', () => {
    expect(formatErrorSummary([a, b], en)).toBe('Field “title”: the value is missing. … and one more problem.');
    expect(plain(formatErrorSummary([a, b, c], fr))).toBe(
      'Champ « titre » : la valeur manque. … et 2 autres problèmes.',
    );
  });
});

describe('formatBytes', () => {
  it('uses the language units and decimal mark', () => {
    expect(formatBytes(1024 * 1024, en)).toBe('1 MB');
    expect(formatBytes(1.5 * 1024 * 1024, fr)).toBe('1,5 Mo');
    expect(formatBytes(512 * 1024, en)).toBe('512 KB');
  });
});
