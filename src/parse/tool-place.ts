// The place a linker names in front of its message. GNU ld, gold and lld write it in
// several shapes, and only some of them hold a source file:
//   /src/x.cc:42                       file and line (debug info)
//   /src/x.cc:42:(.text+0x1c)          file and line, then the section offset (bfd's %H)
//   x.cc:(.text+0x1c)                  file, no line (no debug info)
//   main.o:/src/x.cc:13                an object, then file and line (a reference outside any function)
//   main.o:(.data.rel+0x0)             an object only
//   lib.a(helpers.o):helpers.c:(...)   a member of a static archive
//   ./libx.so                          a shared library
import type { Location } from '../diagnostic.ts';

export interface ToolPlace {
  location: Location | undefined;
  object: string | undefined;
  archive: string | undefined;
  /** A shared library named as the place (bfd's `./a.so: undefined reference to ...`). */
  library: string | undefined;
}

const sectionOffset = /:?\((?:\.[\w.$]*|\*ABS\*)(?:[+-]0x[0-9a-fA-F]+)?\)$/;
const digits = /^\d+$/;
const archiveMember = /^(.+?\.a)\(([^)]+)\)(?::(.*))?$/;
const sharedLibrary = /\.so(?:\.\d+)*$/;
const objectFile = /\.(?:o|obj|lo)$/;
// cmd/go's link work folder (`/tmp/go-link-<random>/000001.o`): a new name each run, gone
// after it, and nothing a user can open; keeping it would make findings differ run to run.
const goLinkObject = /\/go-link-\d+\/\d+\.o$/;

export function parsePlace(text: string): ToolPlace {
  // One shape for every place (fields set or undefined): the callers' reads stay fast.
  const place: ToolPlace = { location: undefined, object: undefined, archive: undefined, library: undefined };
  let rest = text.endsWith(')') ? text.replace(sectionOffset, '') : text;
  const member = rest.includes('.a(') ? archiveMember.exec(rest) : null;
  if (member) {
    place.archive = member[1];
    place.object = member[2];
    rest = member[3] ?? '';
  } else {
    // `/tmp/go-link-1/000001.o:/tmp/go-build/main.cgo2.c:51`: the last object prefix.
    const objectEnd = rest.lastIndexOf('.o:');
    if (objectEnd !== -1) {
      place.object = rest.slice(0, objectEnd + 2);
      rest = rest.slice(objectEnd + 3);
    } else if (rest.includes('.o') && objectFile.test(rest)) {
      place.object = rest;
      rest = '';
    } else if (rest.includes('.so') && sharedLibrary.test(rest)) {
      place.library = rest;
      rest = '';
    }
  }
  if (place.object !== undefined && goLinkObject.test(place.object)) place.object = undefined;
  if (rest.length === 0) return place;
  const colon = rest.lastIndexOf(':');
  const line = colon > 0 ? rest.slice(colon + 1) : '';
  place.location = digits.test(line) ? { file: rest.slice(0, colon), line: Number(line) } : { file: rest };
  return place;
}

/** The source location in a place, when it names one. */
export function parseToolLocation(text: string): Location | undefined {
  return parsePlace(text).location;
}
