// Every test gets a fresh, in-memory IndexedDB (renderer tests run on it instead of a browser).
import 'fake-indexeddb/auto';
