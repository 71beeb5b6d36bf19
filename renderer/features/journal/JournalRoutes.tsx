/** The journal (timeline, entry views and forms). */
export function JournalRoutes() {
  return <h1>Journal</h1>;
}
