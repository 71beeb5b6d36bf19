import { useEffect, useState } from 'react';
import { platform } from '../../platform';

/** Settings section: the app's version and where the journal is kept. */
export function AboutSettings() {
  const [info, setInfo] = useState<{ version: string; platform: string } | null>(null);
  useEffect(() => {
    let live = true;
    platform.appInfo().then(
      (i) => {
        if (live) setInfo(i);
      },
      () => {
        if (live) setInfo({ version: 'unknown', platform: 'unknown' });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <dl className="about-list">
      <dt>Version</dt>
      <dd>{info ? info.version : '…'}</dd>
      <dt>Running as</dt>
      <dd>
        {platform.kind === 'desktop' ? 'Desktop app' : 'Web app in this browser'}
        {info && info.platform !== 'web' ? ` (${info.platform})` : ''}
      </dd>
      <dt>Where your journal lives</dt>
      <dd>
        In this app&apos;s local database on this computer; nothing is sent anywhere.
        {platform.kind === 'web' &&
          ' In the web app that database belongs to this browser profile, so clearing site data for it erases the journal.'}
      </dd>
    </dl>
  );
}
