/** Where a problem of a backup file is, in words, for the plain sentences of shared/problemSentences. */
import { fieldWords, type Locate } from '../problemSentences';
import { TABLE_LABELS, type TableName } from './format';

/** One record of each table, as a person would call it. */
const RECORD_NOUN: Record<TableName, string> = {
  entries: 'Journal entry',
  people: 'Person',
  settings: 'Setting',
  checkIns: 'Skill check-in',
  targets: 'Skill target',
  pathAnswers: 'Path questionnaire answer',
};

const isTable = (key: PropertyKey | undefined): key is TableName => typeof key === 'string' && key in RECORD_NOUN;

/** ['data', 'entries', 3, 'title'] -> "Journal entry 4 of the backup" and "the title"; header fields -> "The backup's header". */
export const backupPlace: Locate = (path) => {
  const [top, table, index] = path;
  if (top === 'data' && isTable(table) && typeof index === 'number') {
    return { where: `${RECORD_NOUN[table]} ${index + 1} of the backup`, field: path.length > 3 ? fieldWords(path.at(-1)) : '' };
  }
  if (top === 'data' && isTable(table)) return { where: 'The backup', field: `the list of ${TABLE_LABELS[table].toLowerCase()}` };
  if (top === 'counts' && isTable(table))
    return { where: "The backup's header", field: `the count of ${TABLE_LABELS[table].toLowerCase()}` };
  return { where: path.length && top !== 'data' ? "The backup's header" : 'The backup', field: fieldWords(path.at(-1)) };
};
