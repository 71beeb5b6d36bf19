import { COMMANDS, OTHER_SHORTCUTS, shortcutLabel, type CommandDefinition } from '../../shared/commands';
import { Modal } from '../components/Modal';

// Every shortcut, generated from the registry: its commands that have one, then the keys that
// dialogs, lists and forms handle themselves.
const ROWS = [
  ...(COMMANDS as readonly CommandDefinition[]).flatMap((c) => (c.shortcut ? [{ label: c.label, keys: shortcutLabel(c.shortcut) }] : [])),
  ...OTHER_SHORTCUTS.map((s) => ({ label: s.label, keys: shortcutLabel(s.shortcut) })),
];

/** The list of keyboard shortcuts, opened with "?". */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} onClose={onClose} title="Keyboard shortcuts">
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r.label}>
              <td>{r.label}</td>
              <td>
                <kbd>{r.keys}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
