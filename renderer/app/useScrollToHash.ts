import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Scrolls to the element a location's hash names (`/path#questionnaire-heading`), once it is on
 * the page: screens render their data a moment after they mount, so it waits for the element
 * (until the location changes).
 */
export function useScrollToHash(): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (!id) return;
    const show = () => {
      const el = document.getElementById(id);
      if (!el) return false;
      el.scrollIntoView({ block: 'start' });
      return true;
    };
    if (show()) return;
    const observer = new MutationObserver(() => {
      if (show()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [hash, key]);
}
