import { Route, Routes } from 'react-router';
import './skills.css';
import { CheckInEditPage, CheckInForm } from './CheckInForm';
import { CheckInList, CheckInView } from './CheckIns';
import { SkillDetail } from './SkillDetail';
import { SkillsOverview } from './SkillsOverview';
import { TargetsForm } from './TargetsForm';

/** The skills screens: overview (radar), check-ins, targets and one page per skill. */
export function SkillsRoutes() {
  return (
    <Routes>
      <Route index element={<SkillsOverview />} />
      <Route path="check-in/new" element={<CheckInForm />} />
      <Route path="check-ins" element={<CheckInList />} />
      <Route path="check-ins/:id" element={<CheckInView />} />
      <Route path="check-ins/:id/edit" element={<CheckInEditPage />} />
      <Route path="targets" element={<TargetsForm />} />
      <Route path=":skillId" element={<SkillDetail />} />
    </Routes>
  );
}
