import { Route, Routes } from 'react-router';
import './skills.css';
import { CheckInEditPage, CheckInForm } from './CheckInForm';
import { CheckInList, CheckInView } from './CheckIns';
import { SkillDetail } from './SkillDetail';
import { SkillsOverview } from './SkillsOverview';
import { TargetsForm } from './TargetsForm';
import { SKILL_IDS } from '../../../shared/domain/framework';
import { liveAtStart } from '../../app/startReads';
import { readSkillsData, SKILLS_DATA } from './useSkillsData';

/** As the app opens on the overview or a skill's page (`rest`: the path below /skills), reads what their first render shows. */
export function warmSkillsScreen(rest: string): Promise<unknown> | undefined {
  return rest === '' || (SKILL_IDS as readonly string[]).includes(rest) ? liveAtStart(SKILLS_DATA, readSkillsData) : undefined;
}

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
