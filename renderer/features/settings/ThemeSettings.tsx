import type { ThemeChoice } from '../../../shared/schemas';
import { RadioGroup } from '../../components/form/ChoiceGroups';
import { fireAndReport } from '../../components/problems';
import { chooseTheme, useTheme } from '../../app/theme';

const THEME_OPTIONS: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Same as this computer' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Settings section "Appearance": the colour theme, applied at once and remembered. */
export function ThemeSettings() {
  const theme = useTheme();
  return (
    <RadioGroup
      legend="Theme"
      hint="“Same as this computer” follows your system’s light or dark setting as it changes."
      value={theme}
      options={THEME_OPTIONS}
      onChange={(v) => v && fireAndReport(chooseTheme(v), 'Saving the theme')}
    />
  );
}
