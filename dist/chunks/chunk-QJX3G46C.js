import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);

// src/input-error.ts
var InputError = class extends Error {
  input;
  constructor(input, message) {
    super(`Input '${input}': ${message}`);
    this.input = input;
  }
};

// src/input-values.ts
import path from "node:path";

// src/util/cgo-quoting.ts
function canQuote(word) {
  return !(word.includes("'") && word.includes('"'));
}
function requireQuotable(word, input, what) {
  if (canQuote(word)) return;
  throw new InputError(
    input,
    `${what} ${JSON.stringify(word)} holds both ' and ", and cmd/go cannot pass such a word in CGO flags (cmd/internal/quoted has no escapes). Use a folder whose path has no quotes.`
  );
}
function quoteFlag(word, input) {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  requireQuotable(word, input, "the flag");
  return word.includes("'") ? `"${word}"` : `'${word}'`;
}

// src/input-values.ts
var TF_PACKAGES = ["tensorflow-cpu", "tensorflow"];
function parseRpathSetting(raw) {
  const value = (raw ?? "").trim();
  if (value === "") return "auto";
  if (value.includes(",")) {
    throw new InputError(
      "rpath",
      `'${value}' contains a comma, which gcc's -Wl, would split into separate linker arguments: join several folders with ':' instead.`
    );
  }
  requireQuotable(value, "rpath", "The folder");
  return value;
}
function normalizeInstallDir(raw) {
  const given = raw.trim();
  const posix = given.replace(/\\/g, "/");
  if (posix.startsWith("/") || /^[A-Za-z]:\//.test(posix) || posix.startsWith("~")) {
    throw new InputError(
      "install-dir",
      `'${given}' is an absolute path, but install-dir is where the library will sit relative to site-packages (for example tensorflow_io/python/ops), so that the RUNPATH works wherever site-packages is.`
    );
  }
  requireQuotable(given, "install-dir", "The folder");
  const normalized = path.posix.normalize(posix === "" ? "." : posix).replace(/\/+$/, "") || ".";
  if (normalized === ".." || normalized.startsWith("../")) {
    throw new InputError(
      "install-dir",
      `'${given}' leaves site-packages ('..' climbs above it): give the folder under site-packages where the library will be installed, for example tensorflow_io/python/ops.`
    );
  }
  return normalized;
}

export {
  InputError,
  quoteFlag,
  TF_PACKAGES,
  parseRpathSetting,
  normalizeInstallDir
};
