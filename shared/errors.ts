import type { z } from 'zod';
import { plainProblems, type Locate } from './problemSentences';

/** One problem with input: where it is (a JSON path like `entries[3].date`, a form field, or `line 4, column 2`) and what is wrong. */
export interface InputProblem {
  where: string;
  message: string;
}

/** The one error type for bad input (a form, an imported file, a stored record that no longer parses). */
export class InputError extends Error {
  readonly problems: readonly InputProblem[];
  /** What went wrong as a whole ("This backup can't be restored"), without the problems. */
  readonly summary: string;
  constructor(summary: string, problems: readonly InputProblem[]) {
    super(
      problems.length
        ? `${summary}: ${problems
            .slice(0, 3)
            .map((p) => `${p.where}: ${p.message}`)
            .join('; ')}`
        : summary,
    );
    this.name = 'InputError';
    this.summary = summary;
    this.problems = problems;
  }
}

/** Formats a zod issue path as `entries[3].person.name`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** Turns a zod error into InputProblems (path + message). */
export function problemsFromZod(error: z.ZodError): InputProblem[] {
  return error.issues.map((i) => ({ where: formatPath(i.path), message: i.message }));
}

/**
 * Parses with a zod schema, throwing InputError (with every problem located) when it fails. With
 * `locate` (files a person chose: imports, backups) the problems are plain sentences naming the
 * place in words; without it they keep zod's paths (forms key their field errors by them).
 */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, summary: string, locate?: Locate): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new InputError(summary, locate ? plainProblems(r.error, value, locate) : problemsFromZod(r.error));
  return r.data;
}

/**
 * A field's error as a sentence that names the field: a schema message that reads as the end of
 * one ("is required", "must be at most 200 characters") gets the field's name in front ("Title is
 * required"); a whole sentence is kept, with its first letter capitalised.
 */
export function fieldMessage(subject: string | undefined, message: string): string {
  if (/^(is|are|must|cannot|can't|can|should|needs?|has|have)\b/.test(message)) return `${subject?.trim() || 'This field'} ${message}`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}
