// Every test gets a fresh, in-memory IndexedDB (renderer tests run on it instead of a browser).
import 'fake-indexeddb/auto';

// Component tests wait for content with testing-library's waitFor/findBy. Its 1 s default is shorter
// than a whole screen's first render takes on a loaded two-core machine (a Plan preview took 1.05 s
// once with three builds running); waiting longer only matters when a test would otherwise fail.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5_000 });
}
