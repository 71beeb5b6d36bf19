import { Component, type ReactNode } from 'react';
import { reportError } from './problems';

/**
 * Catches a failure of an optional part of the shell (the command palette) so the rest stays up:
 * renders nothing instead, reports the failure as a message (and tells `onError`), and tries
 * again when `resetKey` changes (the palette is asked for again).
 */
export class QuietBoundary extends Component<
  { what: string; resetKey: unknown; onError?: () => void; onReset?: () => void; children: ReactNode },
  { failedAt: unknown; failed: boolean }
> {
  override state = { failedAt: undefined as unknown, failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    reportError(error, this.props.what);
    this.setState({ failedAt: this.props.resetKey });
    this.props.onError?.();
  }

  override componentDidUpdate(): void {
    if (this.state.failed && this.state.failedAt !== undefined && this.props.resetKey !== this.state.failedAt) {
      this.props.onReset?.();
      this.setState({ failed: false, failedAt: undefined });
    }
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
