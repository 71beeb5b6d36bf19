import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { commandById, type AppCommand } from '../../shared/commands';
import { followUpsByUrgency } from '../../shared/domain/home';
import type { Conversation } from '../../shared/schemas';
import { useToast } from '../components/Toast';
import { today } from '../data/clock';
import { openFollowUps, setFollowUpDone } from '../data/repositories/entries';
import { getPerson } from '../data/repositories/people';
import { fireAndReport } from '../components/problems';
import type { CommandRequestState } from './commandRequest';
import { chooseTheme } from './theme';

type Toast = ReturnType<typeof useToast>;

/** What the shell itself opens. */
export interface ShellControls {
  showShortcuts(): void;
  openPalette(): void;
}

/** Marks a conversation's follow-up done and says so, with Undo (Home's Done button and the command). */
export async function markFollowUpDone(conversation: Conversation, name: string, toast: Toast): Promise<void> {
  await setFollowUpDone(conversation, true);
  toast(`Follow-up with ${name} marked done`, {
    action: { label: 'Undo', run: () => fireAndReport(setFollowUpDone(conversation, false), 'Undoing the follow-up') },
  });
}

/** The most urgent open follow-up (the most overdue, else the soonest), marked done. */
async function markNextFollowUpDone(toast: Toast): Promise<void> {
  const [next] = followUpsByUrgency(await openFollowUps(), today());
  if (!next) return toast('No follow-ups are waiting.');
  const person = await getPerson(next.conversation.personId);
  await markFollowUpDone(next.conversation, person?.name ?? 'someone no longer in People', toast);
}

/** Runs a Settings export (loaded on demand) and shows what it says. */
async function runExport(which: 'exportBackup' | 'exportMarkdown' | 'exportCalendar', toast: Toast): Promise<void> {
  const actions = await import('../features/data/fileActions');
  const outcome = await actions[which]();
  if (outcome) toast(outcome.text, outcome.tone ? { tone: outcome.tone } : undefined);
}

// Commands a screen owns: the app goes there and the screen runs them (useCommandRequest).
const SCREEN_COMMANDS: Partial<Record<AppCommand, string>> = {
  'export-plan-pdf': '/plan',
  'export-plan-markdown': '/plan',
};

/**
 * What each command of the registry does. Navigations go to their place; the rest run here and
 * report failures as error toasts. One function for the keys, the palette and the desktop menu.
 */
export function useCommandRunner(shell: ShellControls): (command: AppCommand) => void {
  const navigate = useNavigate();
  const toast = useToast();
  return useCallback(
    (command: AppCommand) => {
      const screen = SCREEN_COMMANDS[command];
      if (screen) return void navigate(screen, { state: { command } satisfies CommandRequestState });
      switch (command) {
        case 'show-shortcuts':
          return shell.showShortcuts();
        case 'command-palette':
          return shell.openPalette();
        case 'export-backup':
          return fireAndReport(runExport('exportBackup', toast), 'Exporting the backup');
        case 'export-markdown':
          return fireAndReport(runExport('exportMarkdown', toast), 'Exporting entries as Markdown');
        case 'export-calendar':
          return fireAndReport(runExport('exportCalendar', toast), 'Exporting the calendar file');
        case 'mark-next-follow-up-done':
          return fireAndReport(markNextFollowUpDone(toast), 'Marking the follow-up done');
        case 'theme-system':
        case 'theme-light':
        case 'theme-dark': {
          const theme = command === 'theme-system' ? 'system' : command === 'theme-light' ? 'light' : 'dark';
          const said = theme === 'system' ? 'The theme now follows this computer.' : `The ${theme} theme is on.`;
          return fireAndReport(
            chooseTheme(theme).then(() => toast(said)),
            'Saving the theme',
          );
        }
      }
      const to = commandById(command).to;
      if (to) void navigate(to);
    },
    [navigate, toast, shell],
  );
}
