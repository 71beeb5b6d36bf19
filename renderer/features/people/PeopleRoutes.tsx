/** People the person has talked to. */
export function PeopleRoutes() {
  return <h1>People</h1>;
}
