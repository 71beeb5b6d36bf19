// ESLint rule `sextant/layers`: which folder may import which, worked out from the resolved path
// of each relative import (so depth does not matter, and CSS imports count too).
//   shared/                   imports only shared/ (pure domain logic; package imports are
//                             checked by no-restricted-imports in eslint.config.js)
//   renderer/features/<name>  imports no other feature: features talk through renderer/components,
//                             renderer/data or renderer/app
//   renderer/components, renderer/data, renderer/platform  import no feature and not renderer/app
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** The layer a repository-relative path belongs to, e.g. 'shared', 'feature:journal', 'data'. */
export function layerOf(relPath) {
  const parts = relPath.split(/[\\/]/);
  if (parts[0] === 'shared') return 'shared';
  if (parts[0] === 'electron') return 'electron';
  if (parts[0] !== 'renderer') return 'other';
  if (parts[1] === 'features' && parts.length > 3) return `feature:${parts[2]}`;
  if (parts.length > 2) return parts[1];
  return 'renderer';
}

/** A layer as the folder people know it by. */
function folderOf(layer) {
  if (layer.startsWith('feature:')) return `renderer/features/${layer.slice(8)}`;
  return ['shared', 'electron', 'other', 'renderer'].includes(layer) ? layer : `renderer/${layer}`;
}

/** Why `from` may not import `to` (both layers), or undefined when it may. */
export function layerViolation(from, to) {
  if (from === to) return undefined;
  if (from === 'shared') return `shared/ imports nothing of the app (this import reaches ${folderOf(to)}).`;
  if (from.startsWith('feature:') && to.startsWith('feature:')) {
    return `${folderOf(from)} may not import ${folderOf(to)}: move the shared piece into renderer/components, renderer/data or renderer/app.`;
  }
  if (['components', 'data', 'platform'].includes(from) && (to.startsWith('feature:') || to === 'app')) {
    return `renderer/${from} sits below the screens and may not import ${folderOf(to)}.`;
  }
  return undefined;
}

export const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps imports inside the layers of the architecture' },
    schema: [],
    messages: { layer: '{{why}}' },
  },
  create(context) {
    const file = path.relative(root, context.filename);
    const from = layerOf(file);
    function check(node) {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      const target = path.relative(root, path.resolve(path.dirname(context.filename), source.value));
      const why = layerViolation(from, layerOf(target));
      if (why) context.report({ node: source, messageId: 'layer', data: { why } });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
