import { COMMANDS } from './commands';
import { Modal } from '../components/Modal';

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
          {COMMANDS.map((c) => (
            <tr key={c.id}>
              <td>{c.label}</td>
              <td>
                <kbd>{c.keys}</kbd>
              </td>
            </tr>
          ))}
          <tr>
            <td>Show this list</td>
            <td>
              <kbd>?</kbd>
            </td>
          </tr>
          <tr>
            <td>Save the open form</td>
            <td>
              <kbd>Ctrl/Cmd + Enter</kbd>
            </td>
          </tr>
        </tbody>
      </table>
    </Modal>
  );
}
