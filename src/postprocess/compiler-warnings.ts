// Compiler warnings with one cause are one finding. gcc warns once per use of a deprecated name
// (TensorFlow 2.21's headers deprecate tensorflow::OkStatus() and the string, Status and int64
// aliases), so ten uses of four names would take all ten of GitHub's warning annotations and
// hide everything else. The warnings of one text are one finding: it leads with the first use
// (file order, then line), carries the other uses as related places and in its message, and for
// a deprecation names the replacement when the warning or the declaration shows one. Pure.
import path from 'node:path';
import { compareFileOrder, type Declaration, type Diagnostic, type Location, type RelatedLocation } from '../diagnostic.ts';

/** Places named in a grouped finding's message; the related places keep every one. */
const SHOWN_PLACES = 8;
const MAX_RAW = 40;

/** What a deprecation warning says: the name as the package spells it, and what replaces it. */
export interface Deprecation {
  name: string;
  /** A replacement the compiler showed: an alias's target, a forwarding function's callee. */
  replacement?: string;
  /** The declaration's own deprecation message (`[[deprecated("Use absl::OkStatus() instead.")]]`). */
  text?: string;
}

// gcc: `‘absl::lts_20250814::Status tensorflow::OkStatus()’ is deprecated [-Wdeprecated-declarations]`,
// with a message: `‘f’ is deprecated: Use g() instead. [-Wdeprecated-declarations]`; clang quotes with '.
const deprecationWarning = /^[‘'](.+)[’'] is deprecated(?:: (.+?))? \[-Wdeprecated-declarations\]$/;
/** `using string = std::string`, `using Status = class absl::lts_20250814::Status`. */
const aliasDeclaration = /^using (\w+) = (?:(?:class|struct|union|enum) )?(.+)$/;
/** The function name at the end of `absl::lts_20250814::Status tensorflow::OkStatus()`. */
const functionName = /((?:[\w~]+::)*[\w~]+\((?:[^()]|\([^()]*\))*\)(?: const)?)$/;
/** A declaration whose body only forwards: `inline ::absl::Status OkStatus() { return ::absl::OkStatus(); };` */
const forwardingBody = /\{\s*return\s+((?:::)?[\w:]+)\s*\(([^()]*)\)\s*;\s*\}/;
/** `   29 |     const tensorflow::string text(...)`: the use's source line gcc printed. */
const sourceLine = /^\s*\d+ \| (.*)$/;

/** Without abseil's inline namespace (`absl::lts_20250814::Status` -> `absl::Status`) and a leading `::`. */
const readable = (name: string): string => name.replace(/\blts_\d+::/g, '').replace(/^::/, '');

/** `string` as the package's source line spells it: `tensorflow::string`. */
function asSpelled(name: string, raw: readonly string[] | undefined): string {
  const source = (raw ?? []).map((line) => sourceLine.exec(line)?.[1]).find((line) => line !== undefined);
  const qualified = source ? new RegExp(`((?:\\w+::)+)${name}\\b`).exec(source)?.[1] : undefined;
  return qualified ? `${qualified}${name}` : name;
}

function fromDeclaration(declaration: Declaration | undefined): string | undefined {
  const body = declaration?.source ? forwardingBody.exec(declaration.source) : null;
  return body ? `${readable(body[1]!)}(${body[2]!.trim()})` : undefined;
}

/** What a -Wdeprecated-declarations warning is about; undefined for any other warning. */
export function readDeprecation(d: Pick<Diagnostic, 'message' | 'raw' | 'declaredAt'>): Deprecation | undefined {
  const m = deprecationWarning.exec(d.message);
  if (!m) return undefined;
  const quoted = m[1]!;
  const text = m[2]?.trim();
  const alias = aliasDeclaration.exec(quoted);
  const name = alias ? asSpelled(alias[1]!, d.raw) : readable(functionName.exec(quoted)?.[1] ?? quoted);
  const replacement = alias ? readable(alias[2]!) : fromDeclaration(d.declaredAt);
  return { name, ...(replacement ? { replacement } : {}), ...(text ? { text } : {}) };
}

/** Where a warning is in the package: its mapped place, else where the compiler said. */
const placeOf = (d: Diagnostic): Location | undefined => d.locations?.[0] ?? d.toolLocation;

function compareLocations(a: Location | undefined, b: Location | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return compareFileOrder(a, b);
}

/** `wordcount_ops.cc:9`: relative to the package folder when it is in it; TensorFlow's headers from their include folder. */
function shown(location: Location, packageDir: string | undefined): string {
  const { file } = location;
  const inPackage = packageDir && path.isAbsolute(file) ? path.relative(packageDir, file) : undefined;
  const include = file.lastIndexOf('/include/');
  const name =
    inPackage && !inPackage.startsWith('..')
      ? inPackage
      : include >= 0
        ? file.slice(include + '/include/'.length)
        : file.replace(/^\.\//, '');
  return location.line === undefined ? name : `${name}:${location.line}`;
}

function listed(places: readonly string[]): string {
  const head = places.slice(0, SHOWN_PLACES);
  const more = places.length - head.length;
  if (more > 0) return `${head.join(', ')} and ${more} more`;
  return head.length > 1 ? `${head.slice(0, -1).join(', ')} and ${head[head.length - 1]}` : (head[0] ?? '');
}

const times = (n: number): string => (n === 1 ? 'once' : `${n} times`);

/** The wording of a group: what it is about, how often and where, and the fix when one is known. */
function wording(lead: Diagnostic, places: readonly string[], declaredAt: Declaration | undefined, packageDir?: string) {
  const n = places.length;
  const deprecation = readDeprecation({ ...lead, declaredAt });
  if (!deprecation) {
    return {
      title: `${lead.title} (${n} places)`,
      message: `The compiler warned ${times(n)}: ${lead.message}, at ${listed(places)}.`,
    };
  }
  const { name, replacement, text } = deprecation;
  const declared = declaredAt ? ` It is declared deprecated at ${shown(declaredAt, packageDir)}.` : '';
  const fix = text
    ? `The declaration of ${name} says: ${text.replace(/[.]?$/, '.')}`
    : replacement
      ? `Use ${replacement} instead of ${name}.`
      : undefined;
  return {
    title: `${name} is deprecated (${n === 1 ? '1 use' : `${n} uses`})`,
    message: `${name} is deprecated, and the package uses it ${times(n)}: at ${listed(places)}.${declared} The compiler printed one warning per use; here they are one finding.`,
    ...(fix ? { fix } : {}),
  };
}

/** The group as one finding, led by its first use. */
function merged(group: readonly Diagnostic[], packageDir: string | undefined): Diagnostic {
  const sorted = [...group].sort((a, b) => compareLocations(placeOf(a), placeOf(b)));
  const lead = sorted[0]!;
  const uses: Location[] = [];
  for (const d of sorted) {
    const place = placeOf(d);
    if (place && !uses.some((u) => compareLocations(u, place) === 0)) uses.push(place);
  }
  const declaredAt = sorted.find((d) => d.declaredAt)?.declaredAt;
  const words = wording(
    lead,
    uses.map((u) => shown(u, packageDir)),
    declaredAt,
    packageDir,
  );
  const first = uses[0];
  const related: RelatedLocation[] = uses.slice(1).map((u) => ({ ...u, note: 'another use' }));
  const { fix: _fix, relatedLocations: _related, locations: _locations, ...rest } = lead;
  return {
    ...rest,
    ...words,
    ...(first && lead.locations?.length ? { locations: [first] } : {}),
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    ...(declaredAt ? { declaredAt } : {}),
    count: uses.length,
    raw: sorted.flatMap((d) => d.raw ?? []).slice(0, MAX_RAW),
  };
}

/**
 * One finding per compiler warning text: warnings that say the same thing at several places
 * (a deprecated name's uses) are merged, and every deprecation warning is worded with its name
 * and replacement. The merged finding stands where the group's first warning stood.
 */
export function groupCompilerWarnings(diagnostics: readonly Diagnostic[], packageDir?: string): Diagnostic[] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.kind !== 'c-compile-warning') continue;
    groups.set(d.message, [...(groups.get(d.message) ?? []), d]);
  }
  const replaced = new Map<Diagnostic, Diagnostic | undefined>();
  for (const group of groups.values()) {
    if (group.length === 1 && !deprecationWarning.test(group[0]!.message)) continue;
    group.forEach((d, i) => replaced.set(d, i === 0 ? merged(group, packageDir) : undefined));
  }
  return diagnostics.flatMap((d) => {
    if (!replaced.has(d)) return [d];
    const finding = replaced.get(d);
    return finding ? [finding] : [];
  });
}
