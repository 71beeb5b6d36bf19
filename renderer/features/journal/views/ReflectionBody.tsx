import { withoutTitleHeading } from '../../../../shared/domain/excerpt';
import { promptById } from '../../../../shared/domain/prompts';
import type { Reflection } from '../../../../shared/schemas';
import { Markdown } from '../../../components/form/Markdown';
import { LEAN_LABELS, MOOD_LABELS } from '../labels';
import { Facts, skillAndTagRows } from './Facts';

/** A reflection's facts and its Markdown body (without a first heading that only repeats the title). */
export function ReflectionBody({ entry }: { entry: Reflection }) {
  const prompt = entry.promptId ? promptById(entry.promptId) : undefined;
  // The page's heading is the title already: a first heading repeating it (imports start with one) is left out.
  const body = withoutTitleHeading(entry.body, entry.title);
  return (
    <>
      {prompt && prompt.text !== entry.title && <p className="entry-prompt">Prompt: {prompt.text}</p>}
      <Facts
        rows={[
          ['Mood', entry.mood ? `${entry.mood} of 5 · ${MOOD_LABELS[entry.mood]}` : null],
          ['Leaning', entry.lean ? LEAN_LABELS[entry.lean] : null],
          ...skillAndTagRows(entry),
        ]}
      />
      <section aria-labelledby="reflection-body" className="entry-section">
        <h2 id="reflection-body" className="visually-hidden">
          Reflection
        </h2>
        {body.trim() ? <Markdown source={body} /> : <p className="muted">Nothing written yet.</p>}
      </section>
    </>
  );
}
