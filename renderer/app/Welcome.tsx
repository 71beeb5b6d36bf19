import { useState, type FormEvent } from 'react';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import { localDate } from '../../shared/dates';
import { InputError } from '../../shared/errors';
import { TextField } from '../components/form/Field';
import { listPathAnswers } from '../data/repositories/path';
import { getProfile, saveProfile } from '../data/repositories/settings';
import { Questionnaire } from '../features/path/Questionnaire';
import { CheckInForm } from '../features/skills/CheckInForm';
import { useLiveQuery } from '../data/live';
import { skipOnboarding } from '../data/onboarding';
import './welcome.css';

/** The three first-run steps, in order: who you are as a PM today, the path questions, a first check-in. */
export const WELCOME_STEPS = [
  { id: 'you', name: 'You today' },
  { id: 'path', name: 'Which path' },
  { id: 'skills', name: 'First check-in' },
] as const;

/** First-run setup at /welcome/<step>: three short steps, each skippable; "Skip setup" ends it. */
export function WelcomeRoutes() {
  return (
    <Routes>
      <Route index element={<WelcomeStep />} />
      <Route path=":step" element={<WelcomeStep />} />
    </Routes>
  );
}

function WelcomeStep() {
  const { step = 'you' } = useParams();
  const navigate = useNavigate();
  const index = Math.max(
    0,
    WELCOME_STEPS.findIndex((s) => s.id === step),
  );
  const current = WELCOME_STEPS[index]!;
  const next = () => {
    const following = WELCOME_STEPS[index + 1];
    if (following) void navigate(`/welcome/${following.id}`);
    else void skipOnboarding().then(() => navigate('/'));
  };
  const stopHere = () => void skipOnboarding().then(() => navigate('/'));
  return (
    <div className="welcome">
      <p className="welcome-progress" aria-live="polite">
        Step {index + 1} of {WELCOME_STEPS.length}: {current.name}
      </p>
      <ol className="welcome-steps" aria-label="Setup steps">
        {WELCOME_STEPS.map((s, i) => (
          <li key={s.id} aria-current={i === index ? 'step' : undefined}>
            {i === index ? <strong>{s.name}</strong> : <Link to={`/welcome/${s.id}`}>{s.name}</Link>}
          </li>
        ))}
      </ol>
      {current.id === 'you' && <YouToday onDone={next} />}
      {current.id === 'path' && <PathStep onDone={next} />}
      {current.id === 'skills' && (
        <>
          <h1>Rate yourself on the six skills</h1>
          <p className="muted">Both paths need all six. A first rating gives your radar and your plan something to start from.</p>
          <CheckInForm onDone={next} />
        </>
      )}
      <div className="welcome-skip">
        <button type="button" onClick={next}>
          {index < WELCOME_STEPS.length - 1 ? 'Skip this step' : 'Skip and finish'}
        </button>
        <button type="button" className="link-button" onClick={stopHere}>
          Skip setup
        </button>
      </div>
    </div>
  );
}

/** Step 1: the person as a PM today (name, role and product), framed by what separates the two paths. */
function YouToday({ onDone }: { onDone: () => void }) {
  const profile = useLiveQuery(getProfile, []);
  const [name, setName] = useState<string | null>(null);
  const [role, setRole] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  if (!profile) return <h1>You as a PM today</h1>;
  const shownName = name ?? profile.name;
  const shownRole = role ?? profile.currentRole;
  async function save(e: FormEvent) {
    e.preventDefault();
    try {
      await saveProfile({ ...profile!, name: shownName.trim(), currentRole: shownRole.trim() });
      onDone();
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      setError(err.problems.map((p) => p.message).join('; '));
    }
  }
  return (
    <form onSubmit={(e) => void save(e)} noValidate className="welcome-form">
      <h1>You as a PM today</h1>
      <p>
        Sextant helps product managers choose between the internal path (platforms, core services, tools for colleagues) and the external
        one (features for customers). The two differ in who you work with (colleagues or clients), what you risk (architecture and cost, or
        the brand) and how success is counted (cost saved, or revenue earned). Start with where you stand.
      </p>
      <TextField label="Your name" value={shownName} onChange={setName} />
      <TextField
        label="Your PM role today"
        value={shownRole}
        onChange={setRole}
        placeholder="e.g. PM for the billing platform, or PM for the checkout experience"
        hint="Which product you own and who uses it: colleagues, customers, or both."
        error={error}
      />
      <button type="submit" className="primary">
        Save and continue
      </button>
    </form>
  );
}

/** Step 2: the path questionnaire itself (the Path screen's component), moving on once saved. */
function PathStep({ onDone }: { onDone: () => void }) {
  const answers = useLiveQuery(listPathAnswers, []);
  if (!answers) return <h1>Which path fits you?</h1>;
  return (
    <>
      <h1>Which path fits you?</h1>
      <p className="muted">Answer what you can now; each answer moves your lean. You can come back to these questions any time.</p>
      <Questionnaire latest={answers[answers.length - 1]} count={answers.length} today={localDate(new Date())} onSaved={onDone} />
    </>
  );
}
