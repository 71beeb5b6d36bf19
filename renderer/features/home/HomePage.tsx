/** Home: what needs attention (filled in by the journal feature). */
export function HomePage() {
  return <h1>Home</h1>;
}
