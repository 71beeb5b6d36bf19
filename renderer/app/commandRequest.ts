import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { AppCommand } from '../../shared/commands';

/** Navigation state that asks the screen navigated to to run one of its commands (see useCommandRequest). */
export interface CommandRequestState {
  command: AppCommand;
}

function requested(state: unknown): AppCommand | null {
  return state !== null && typeof state === 'object' && 'command' in state ? (state as CommandRequestState).command : null;
}

/**
 * Runs a command that a screen owns (the plan's exports) when the app navigated here to ask for
 * it, once the screen is `ready` (its data read). The request is removed from the history entry
 * first, so going back and forth never runs it again.
 */
export function useCommandRequest(handlers: Partial<Record<AppCommand, () => unknown>>, ready: boolean): void {
  const location = useLocation();
  const navigate = useNavigate();
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const command = requested(location.state);
  useEffect(() => {
    if (!ready || command === null || !latest.current[command]) return;
    void navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true, state: null });
    latest.current[command]();
  }, [ready, command, navigate, location.pathname, location.search, location.hash]);
}
