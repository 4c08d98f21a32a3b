/**
 * A small structural reader for Bicep files, for tests on a machine without the Bicep
 * compiler: it lexes strings (with ${} interpolation), comments and brackets, splits the file
 * into top-level statements and reads params, vars, resources and outputs from them.
 * It checks shape, not types: `bicep build` remains the real compiler (see infra/README.md).
 */

export interface BicepParam {
  name: string;
  type: string;
  defaultValue?: string;
  decorators: string[];
  secure: boolean;
}

export interface BicepResource {
  symbol: string;
  type: string;
  apiVersion: string;
  body: string;
}

export interface BicepFile {
  /** The file without comments. */
  text: string;
  /** The file without comments and with string contents blanked, interpolations kept. */
  code: string;
  statements: string[];
  params: BicepParam[];
  vars: Map<string, string>;
  resources: BicepResource[];
  outputs: Map<string, { type: string; value: string }>;
  targetScope?: string;
}

export class BicepSyntaxError extends Error {}

const OPEN: Record<string, string> = { '{': '}', '[': ']', '(': ')' };
const CLOSE = new Set(Object.values(OPEN));

/** Removes comments and checks that strings, interpolations and brackets are balanced. */
function lex(source: string): { text: string; code: string } {
  let text = '';
  let code = '';
  const stack: string[] = [];
  let line = 1;
  let i = 0;
  const fail = (message: string): never => {
    throw new BicepSyntaxError(`line ${line}: ${message}`);
  };
  // Each entry: 'code' or 'string'; interpolations push 'interp' onto the bracket stack.
  const mode: Array<'code' | 'string'> = ['code'];
  while (i < source.length) {
    const ch = source[i]!;
    const next = source[i + 1];
    const current = mode[mode.length - 1];
    if (ch === '\n') line++;
    if (current === 'code') {
      if (ch === '/' && next === '/') {
        while (i < source.length && source[i] !== '\n') i++;
        continue;
      }
      if (ch === '/' && next === '*') {
        const end = source.indexOf('*/', i + 2);
        if (end < 0) fail('unterminated block comment');
        line += source.slice(i, end).split('\n').length - 1;
        i = end + 2;
        continue;
      }
      if (ch === "'" && source.startsWith("'''", i)) {
        const end = source.indexOf("'''", i + 3);
        if (end < 0) fail('unterminated multi-line string');
        const raw = source.slice(i, end + 3);
        text += raw;
        code += `'${' '.repeat(raw.length - 2)}'`;
        line += raw.split('\n').length - 1;
        i = end + 3;
        continue;
      }
      if (ch === "'") {
        mode.push('string');
        text += ch;
        code += ch;
        i++;
        continue;
      }
      if (ch in OPEN) stack.push(OPEN[ch]!);
      else if (CLOSE.has(ch) || (ch === '}' && stack[stack.length - 1] === 'interp')) {
        const expected = stack.pop();
        if (expected === 'interp' && ch === '}') {
          mode.pop(); // back into the string
          text += ch;
          code += ch;
          i++;
          continue;
        }
        if (expected !== ch) fail(`unexpected "${ch}"${expected ? `, expected "${expected}"` : ''}`);
      }
      text += ch;
      code += ch;
      i++;
      continue;
    }
    // inside a string
    if (ch === '\\') {
      text += ch + (next ?? '');
      code += '  ';
      i += 2;
      continue;
    }
    if (ch === '$' && next === '{') {
      stack.push('interp');
      mode.push('code');
      text += '${';
      code += '${';
      i += 2;
      continue;
    }
    if (ch === "'") {
      mode.pop();
      text += ch;
      code += ch;
      i++;
      continue;
    }
    if (ch === '\n') fail('line break inside a string');
    text += ch;
    code += ' ';
    i++;
  }
  if (mode.length !== 1) fail('unterminated string');
  if (stack.length) fail(`unclosed bracket, expected "${stack[stack.length - 1]}"`);
  return { text, code };
}

/** Splits comment-free text into statements at newlines outside brackets. */
function statementsOf(text: string, code: string): string[] {
  const statements: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= code.length; i++) {
    const ch = code[i];
    if (ch === '{' || ch === '[' || ch === '(') depth++;
    else if (ch === '}' || ch === ']' || ch === ')') depth--;
    else if ((ch === '\n' || ch === undefined) && depth === 0) {
      const statement = text.slice(start, i).trim();
      if (statement) statements.push(statement);
      start = i + 1;
    }
  }
  return statements;
}

export function parseBicep(source: string): BicepFile {
  const { text, code } = lex(source);
  const statements = statementsOf(text, code);
  const params: BicepParam[] = [];
  const vars = new Map<string, string>();
  const resources: BicepResource[] = [];
  const outputs = new Map<string, { type: string; value: string }>();
  let targetScope: string | undefined;
  let decorators: string[] = [];
  for (const statement of statements) {
    if (statement.startsWith('@')) {
      decorators.push(statement);
      continue;
    }
    let match: RegExpExecArray | null;
    if ((match = /^param\s+(\w+)\s+(\w+)(?:\s*=\s*([\s\S]+))?$/.exec(statement))) {
      params.push({
        name: match[1]!,
        type: match[2]!,
        defaultValue: match[3]?.trim(),
        decorators,
        secure: decorators.some((decorator) => decorator.startsWith('@secure(')),
      });
    } else if ((match = /^var\s+(\w+)\s*=\s*([\s\S]+)$/.exec(statement))) {
      vars.set(match[1]!, match[2]!.trim());
    } else if ((match = /^resource\s+(\w+)\s+'([^'@]+)@([^']+)'\s*(?:existing\s*)?=\s*([\s\S]+)$/.exec(statement))) {
      resources.push({ symbol: match[1]!, type: match[2]!, apiVersion: match[3]!, body: match[4]! });
    } else if ((match = /^output\s+(\w+)\s+(\w+)\s*=\s*([\s\S]+)$/.exec(statement))) {
      outputs.set(match[1]!, { type: match[2]!, value: match[3]!.trim() });
    } else if ((match = /^targetScope\s*=\s*'(\w+)'$/.exec(statement))) {
      targetScope = match[1];
    } else {
      throw new BicepSyntaxError(`not a statement this reader knows: ${statement.slice(0, 80)}`);
    }
    decorators = [];
  }
  if (decorators.length) throw new BicepSyntaxError(`decorator without a declaration: ${decorators[0]}`);
  return { text, code, statements, params, vars, resources, outputs, targetScope };
}

/** How often an identifier is used in code (declarations included), ignoring string contents. */
export function usesOf(file: BicepFile, name: string): number {
  return [...file.code.matchAll(new RegExp(`(?<![\\w.])${name}\\b`, 'g'))].length;
}

/** The `name: 'X'` / `value: ...` pairs of an appSettings array in a resource body. */
export function appSettingsOf(body: string): Map<string, string> {
  const settings = new Map<string, string>();
  for (const match of body.matchAll(/\{\s*name:\s*'([^']+)'\s*value:\s*([^\n]+)\s*\}/g)) {
    settings.set(match[1]!, match[2]!.trim());
  }
  return settings;
}
