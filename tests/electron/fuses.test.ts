import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
  build: { asar?: boolean; electronFuses?: Record<string, boolean> };
};

describe('Electron fuses (package.json build.electronFuses)', () => {
  it('turns off running as Node, NODE_OPTIONS and inspector arguments', () => {
    expect(pkg.build.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    });
  });

  it('loads the app only from an integrity-checked asar and encrypts cookies', () => {
    expect(pkg.build.asar).toBe(true);
    expect(pkg.build.electronFuses).toMatchObject({
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it("uses only option names electron-builder's configuration schema knows", () => {
    const scheme = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../node_modules/app-builder-lib/scheme.json'), 'utf8'),
    ) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    for (const key of Object.keys(pkg.build.electronFuses!)) expect(known).toContain(key);
  });

  it('sets nothing else, so every fuse is a decision written here', () => {
    expect(Object.keys(pkg.build.electronFuses!).sort()).toEqual([
      'enableCookieEncryption',
      'enableEmbeddedAsarIntegrityValidation',
      'enableNodeCliInspectArguments',
      'enableNodeOptionsEnvironmentVariable',
      'onlyLoadAppFromAsar',
      'runAsNode',
    ]);
  });
});
