// An ESLint rule: no import between two top-level folders of a source tree may close a loop of folders.
// The folders of `apps/api/src` form a tree of dependencies: features on top, then the lifecycle, the
// tables, the shared building blocks; composition roots (the files at the top: app.module, main, the data
// source's options) import everything and nothing imports them.
'use strict';
const { readdirSync, readFileSync } = require('node:fs');
const { dirname, join, normalize, relative, resolve, sep } = require('node:path');

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** The folder of a file under `root`: its first path segment, or "(root)" for a file at the top. */
function folderOf(root, file) {
  const path = relative(root, file);
  return path.includes(sep) ? path.split(sep)[0] : '(root)';
}

function* sourceFiles(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** Which folders each folder imports from, read once per root and lint run. */
const graphs = new Map();
function folderGraph(root) {
  let graph = graphs.get(root);
  if (graph) return graph;
  graph = new Map();
  for (const file of sourceFiles(root)) {
    const from = folderOf(root, file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const target = folderOf(root, normalize(join(dirname(file), match[1] ?? match[2])));
      if (target === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from).add(target);
    }
  }
  graphs.set(root, graph);
  return graph;
}

/** A path of folders from `start` back to `goal`, if one exists. */
function pathBetween(graph, start, goal) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const folder = queue.shift();
    if (folder === goal) {
      const path = [];
      for (let at = folder; at !== null; at = previous.get(at)) path.unshift(at);
      return path;
    }
    for (const next of graph.get(folder) ?? []) {
      if (!previous.has(next)) {
        previous.set(next, folder);
        queue.push(next);
      }
    }
  }
  return null;
}

module.exports = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Forbids imports that close a loop between the top-level folders of a source tree.',
    },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, required: ['root'] }],
    messages: {
      cycle:
        "This import from '{{to}}' closes a loop of folders: {{loop}}. Move what both need to a folder below " +
        'them, or turn the dependency around (an interface, a domain event).',
    },
  },
  create(context) {
    const root = resolve(context.cwd, context.options[0].root);
    const file = context.filename;
    if (!file.startsWith(root + sep)) return {};
    const from = folderOf(root, file);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = folderOf(root, normalize(join(dirname(file), source)));
      if (to === from) return;
      const back = pathBetween(folderGraph(root), to, from);
      if (back)
        context.report({
          node: node.source,
          messageId: 'cycle',
          data: { to, loop: [from, ...back].join(' → ') },
        });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
