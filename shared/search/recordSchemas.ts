import { Entry, Person } from '../schemas';
import { provideRecordSchemas, type RecordSchemas } from './storedEntry';

/**
 * The schemas the search index reads a stored row with when its quick checks refuse it (see
 * ./storedEntry.ts): loading this module provides them. It is the part of the index's reading that
 * needs zod; the search worker imports it only when it meets such a row (issue 12).
 */
export const recordSchemas: RecordSchemas = {
  entry: (row) => {
    const parsed = Entry.safeParse(row);
    return parsed.success ? parsed.data : undefined;
  },
  person: (row) => {
    const parsed = Person.safeParse(row);
    return parsed.success ? parsed.data : undefined;
  },
};

provideRecordSchemas(recordSchemas);
