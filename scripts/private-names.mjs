// The names of the sources' private class members that terser may shorten in the browser bundle
// (rollup.config.mjs): declared `private` in some class, and nowhere else a public member, an
// interface or object-literal key, or a string (Lit's createProperty('name') reads names as
// strings). Private members are only reached from their own class, so each chunk may give
// them its own short names; terser also keeps the names of DOM and built-in properties.
import ts from 'typescript';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The private member names of the TypeScript files under `dir` that are safe to shorten, sorted. */
export function privateNames(dir) {
  const privates = new Set();
  const taken = new Set();
  for (const file of sources(dir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      const name = node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) ? node.name.text : null;
      const flags = ts.getCombinedModifierFlags(node);
      if (
        name &&
        (ts.isPropertyDeclaration(node) ||
          ts.isMethodDeclaration(node) ||
          ts.isGetAccessor(node) ||
          ts.isSetAccessor(node))
      ) {
        (flags & ts.ModifierFlags.Private ? privates : taken).add(name);
      } else if (name && ts.isParameter(node) && flags & ts.ModifierFlags.ParameterPropertyModifier) {
        (flags & ts.ModifierFlags.Private ? privates : taken).add(name);
      } else if (
        name &&
        (ts.isPropertySignature(node) ||
          ts.isMethodSignature(node) ||
          ts.isPropertyAssignment(node) ||
          ts.isShorthandPropertyAssignment(node) ||
          ts.isBindingElement(node) ||
          ts.isEnumMember(node))
      ) {
        taken.add(name);
        if (ts.isBindingElement(node) && node.propertyName && ts.isIdentifier(node.propertyName))
          taken.add(node.propertyName.text);
      } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        taken.add(node.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...privates].filter((name) => !taken.has(name)).sort();
}
