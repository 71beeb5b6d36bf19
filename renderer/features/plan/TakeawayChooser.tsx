import { useId, useMemo, useState } from 'react';
import { formatDate } from '../../../shared/dates';
import { excerpt } from '../../../shared/domain/excerpt';
import { useTakeaways, type TakeawayOffer } from './usePlanInput';

/** Conversations listed at first, and added by each "Show more". */
export const TAKEAWAYS_PAGE = 20;

/** A short label for a conversation: its date, the person and the first words of its takeaways (once read). */
function takeawayLabel(offer: TakeawayOffer, text: string | undefined): string {
  const head = `${formatDate(offer.date)}, ${offer.personName}`;
  return text === undefined ? head : `${head}: ${excerpt(text, { maxLength: 90 })}`;
}

/** True when every word of the query is in the conversation's date, person or takeaways (case-insensitive). */
function matches(words: readonly string[], offer: TakeawayOffer, text: string | undefined): boolean {
  const hay = `${offer.date} ${formatDate(offer.date)} ${offer.personName} ${text ?? ''}`.toLocaleLowerCase();
  return words.every((w) => hay.includes(w));
}

/**
 * The takeaways chooser: a journal of years has thousands of conversations with takeaways, so it
 * lists a page of them (newest first) with a search by person, date or words, and "Show more".
 * Only the listed conversations are read; the first search reads every one's takeaways (once).
 * Rows keep their place when ticked, so the keyboard focus stays where it is.
 */
export function TakeawayChooser({
  offers,
  chosen,
  onChange,
}: {
  /** Every conversation with takeaways, newest first. */
  offers: readonly TakeawayOffer[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(TAKEAWAYS_PAGE);
  // "Only the chosen ones": the ids chosen when it was turned on, so that unticking one keeps its row.
  const [onlyChosen, setOnlyChosen] = useState<ReadonlySet<string> | null>(null);
  const [searched, setSearched] = useState(false);
  const words = useMemo(() => query.toLocaleLowerCase().split(/\s+/).filter(Boolean), [query]);
  const chosenSet = useMemo(() => new Set(chosen), [chosen]);

  const pool = useMemo(() => (onlyChosen ? offers.filter((o) => onlyChosen.has(o.id)) : offers), [offers, onlyChosen]);
  // Before any search, only the rows on screen are read; the first search reads them all.
  const wanted = useMemo(() => (searched ? pool.map((o) => o.id) : pool.slice(0, shown).map((o) => o.id)), [searched, pool, shown]);
  const read = useTakeaways(wanted);
  const texts = useMemo(() => read?.texts ?? new Map<string, string>(), [read]);
  // A search waits for every conversation's takeaways: never "no match" from a partial read.
  const reading = searched && words.length > 0 && read?.ids !== wanted.join(',');
  const found = useMemo(
    () => (words.length && !reading ? pool.filter((o) => matches(words, o, texts.get(o.id))) : words.length ? [] : pool),
    [words, pool, texts, reading],
  );
  const rows = found.slice(0, shown);

  function toggle(offerId: string, on: boolean) {
    onChange(on ? [...chosen, offerId] : chosen.filter((c) => c !== offerId));
  }

  const count = found.length.toLocaleString('en-GB');
  const status = reading
    ? 'Reading every conversation\u2019s takeaways to search them\u2026'
    : found.length === 0
      ? words.length
        ? 'No conversation matches.'
        : 'No conversation is chosen.'
      : `Showing ${rows.length.toLocaleString('en-GB')} of ${count} ${words.length ? 'matching ' : ''}conversation${found.length === 1 ? '' : 's'}, newest first.`;

  return (
    <fieldset className="field choice-group takeaway-chooser" aria-describedby={`${id}-hint`}>
      <legend>Conversation takeaways to share</legend>
      <p className="hint" id={`${id}-hint`}>
        Only the takeaways you tick go into the plan; notes never do. {chosen.length.toLocaleString('en-GB')} chosen of{' '}
        {offers.length.toLocaleString('en-GB')}.
      </p>
      <div className="row takeaway-tools">
        <label className="takeaway-search">
          <span>Find a conversation (person, date or words)</span>
          <input
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setShown(TAKEAWAYS_PAGE);
              if (e.target.value.trim()) setSearched(true);
            }}
          />
        </label>
        <button
          type="button"
          aria-pressed={onlyChosen !== null}
          onClick={() => {
            setOnlyChosen(onlyChosen ? null : new Set(chosen));
            setShown(TAKEAWAYS_PAGE);
          }}
        >
          Only the chosen ones
        </button>
      </div>
      <p className="muted" role="status">
        {status}
      </p>
      {rows.length > 0 && (
        <ul className="choices takeaway-list">
          {rows.map((o) => (
            <li key={o.id}>
              <label className="choice">
                <input type="checkbox" checked={chosenSet.has(o.id)} onChange={(e) => toggle(o.id, e.target.checked)} />
                <span>{takeawayLabel(o, texts.get(o.id))}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {found.length > rows.length && (
        <button type="button" onClick={() => setShown(shown + TAKEAWAYS_PAGE)}>
          Show {Math.min(TAKEAWAYS_PAGE, found.length - rows.length)} more
        </button>
      )}
    </fieldset>
  );
}
