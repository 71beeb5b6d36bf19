import { PATHS } from '../../../shared/domain/framework';
import { prosAndCons } from '../../../shared/path';

/** The strengths and drawbacks of each path, side by side (internal on the left, as on the scale). */
export function ProsCons() {
  return (
    <section aria-labelledby="proscons-heading">
      <h2 id="proscons-heading">The two paths side by side</h2>
      <div className="proscons">
        {(['internal', 'external'] as const).map((side) => {
          const { pros, cons } = prosAndCons(side);
          return (
            <div key={side} className={`card proscons-${side}`}>
              <h3>{PATHS[side].name}</h3>
              <h4>Strengths</h4>
              <ul>
                {pros.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
              <h4>Usual drawbacks</h4>
              <ul>
                {cons.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}
