// The pure half of go-download-source: proxy: naming the toolchain module, reading the
// proxy's version list, choosing a release for a go-version spec, deciding whether the Go on
// PATH can fetch it, and turning the go command's failure text into one clear sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { normalizeSpec } from '../../src/setup/go-version.ts';
import {
  chooseToolchainVersion,
  explainProxyFailure,
  parseToolchainVersions,
  proxyGoEnv,
  proxyIsOff,
  proxyUnavailableReason,
  toolchainModuleVersion,
} from '../../src/setup/go-proxy.ts';

const listing = fs.readFileSync(path.join(repoRoot, 'test/fixtures/go-proxy/toolchain-list.txt'), 'utf8');
const linuxAmd64 = parseToolchainVersions(listing, 'linux', 'amd64');

test('module versions follow the golang.org/toolchain naming, including pre-1.21 and prerelease names', () => {
  assert.equal(toolchainModuleVersion('1.25.5', 'linux', 'amd64'), 'v0.0.1-go1.25.5.linux-amd64');
  assert.equal(toolchainModuleVersion('1.20.0', 'linux', 'arm64'), 'v0.0.1-go1.20.linux-arm64');
  assert.equal(toolchainModuleVersion('1.21.0', 'darwin', 'arm64'), 'v0.0.1-go1.21.0.darwin-arm64');
  assert.equal(toolchainModuleVersion('1.26.0-rc.1', 'linux', 'amd64'), 'v0.0.1-go1.26rc1.linux-amd64');
});

test('the proxy listing is read per platform, newest first, in both the @v/list and go list -m -versions forms', () => {
  assert.equal(linuxAmd64[0], '1.27.4');
  assert.ok(linuxAmd64.includes('1.25.5'));
  assert.ok(linuxAmd64.includes('1.26.0-rc.1'));
  assert.ok(linuxAmd64.includes('1.20.0'), 'go1.20 (no .0 in the name) reads as 1.20.0');
  assert.ok(!linuxAmd64.includes('1.25.2'), 'a release the listing lacks is not invented');
  assert.deepEqual(parseToolchainVersions(listing, 'windows', 'amd64'), ['1.26.11', '1.26.10', '1.25.14', '1.9.0-rc.2']);
  assert.equal(parseToolchainVersions(listing, 'linux', 'arm64').length, 32);
  const goList = `golang.org/toolchain ${listing.trim().split('\n').join(' ')}\n`;
  assert.deepEqual(parseToolchainVersions(goList, 'linux', 'amd64'), linuxAmd64);
  assert.deepEqual(parseToolchainVersions('golang.org/toolchain\n', 'linux', 'amd64'), []);
});

test('a release is chosen for each go-version form', () => {
  const pick = (spec: string) => chooseToolchainVersion(linuxAmd64, normalizeSpec(spec));
  assert.equal(pick('1.25'), '1.25.14');
  assert.equal(pick('1.25.5'), '1.25.5');
  assert.equal(pick('>=1.24 <1.26'), '1.25.14');
  assert.equal(pick('^1.26'), '1.27.4');
  assert.equal(pick('1.26'), '1.26.11', 'the rc is not picked for a minor line');
  assert.equal(pick('go1.26rc1'), '1.26.0-rc.1');
  assert.equal(pick('stable'), '1.27.4');
  assert.equal(pick('oldstable'), '1.26.11');
  assert.equal(pick('1.25.2'), undefined);
  assert.equal(pick('1.99'), undefined);
  assert.equal(chooseToolchainVersion([], 'stable'), undefined);
});

test('the proxy path needs a Go 1.21+ on PATH for the same platform', () => {
  const go = (version: string, hostOs = 'linux', hostArch = 'amd64') => ({ version, hostOs, hostArch });
  assert.equal(proxyUnavailableReason(go('1.26.8'), 'linux', 'amd64'), undefined);
  assert.equal(proxyUnavailableReason(go('1.21.0'), 'linux', 'amd64'), undefined);
  assert.match(proxyUnavailableReason(undefined, 'linux', 'amd64')!, /no Go on PATH/);
  assert.match(proxyUnavailableReason(go('1.20.14'), 'linux', 'amd64')!, /1\.20\.14.*Go 1\.21 or newer/);
  assert.match(proxyUnavailableReason(go('1.21.0-rc.2'), 'linux', 'amd64')!, /Go 1\.21 or newer/);
  assert.match(proxyUnavailableReason(go('1.26.8', 'darwin', 'arm64'), 'linux', 'amd64')!, /darwin\/arm64.*not linux\/amd64/);
});

test('the go command runs with the user environment, its own module cache and a pinned toolchain', () => {
  const user = {
    GOPROXY: 'https://corp.example/mod',
    GOSUMDB: 'sum.example.internal',
    GONOSUMDB: 'corp.example',
    GOPRIVATE: 'corp.example',
    GOINSECURE: 'x.example',
    GOFLAGS: '-mod=mod',
    GOMODCACHE: '/home/u/go/pkg/mod',
    GOPATH: '/home/u/go',
    GOTOOLCHAIN: 'auto',
    PATH: '/usr/bin',
  };
  assert.deepEqual(proxyGoEnv(user, '/t/w', 'go1.25.5'), {
    ...user,
    GOMODCACHE: '/t/w/mod',
    GOPATH: '/t/w/gopath',
    GOTOOLCHAIN: 'go1.25.5',
  });
  assert.equal(user.GOMODCACHE, '/home/u/go/pkg/mod', 'the caller environment is not changed');
});

test('GOPROXY=off is recognised in every spelling the go command accepts', () => {
  assert.ok(proxyIsOff('off'));
  assert.ok(proxyIsOff(' off,https://proxy.example.internal'));
  assert.ok(proxyIsOff('off|direct'));
  assert.ok(!proxyIsOff('https://proxy.example.internal,direct'));
  assert.ok(!proxyIsOff('direct'));
  assert.ok(!proxyIsOff('https://proxy.example.internal,off'), 'off after a proxy only stops the fallback');
});

// What go 1.26.8 printed for each failure (GOTOOLCHAIN=go1.25.5 go env GOROOT).
const MODULE = 'golang.org/toolchain@v0.0.1-go1.25.5.linux-amd64';
const config = { GOPROXY: 'http://127.0.0.1:8765,https://proxy.example.internal', GOSUMDB: 'sum.example.internal' };
const outputs = {
  mismatch: `go: downloading go1.25.5 (linux/amd64)
go: download go1.25.5: ${MODULE}: verifying module: checksum mismatch
\tdownloaded: h1:Kq/utlLM2ioAer6S/XShonddoGtJD40R+/nmOemXCJg=
\tsum.example.internal: h1:IkknVKy/4hLMR+ZwWfP4Oqhjz2sKqNtEXz1meP8P3Nc=

SECURITY ERROR
This download does NOT match the one reported by the checksum server.
The bits may have been replaced on the origin server, or an attacker may
have intercepted the download attempt.

For more information, see 'go help module-auth'.
`,
  notAvailable: 'go: downloading go1.25.5 (linux/amd64)\ngo: download go1.25.5 for linux/amd64: toolchain not available\n',
  forbidden: `go: downloading go1.99.5 (linux/amd64)\ngo: download go1.99.5: golang.org/toolchain@v0.0.1-go1.99.5.linux-amd64: reading https://proxy.example.internal/golang.org/toolchain/@v/v0.0.1-go1.99.5.linux-amd64.zip: 403 Forbidden\n\tserver response: This module version is not available.\n`,
  refused: `go: downloading go1.25.5 (linux/amd64)\ngo: download go1.25.5: ${MODULE}: Get "http://127.0.0.1:9/golang.org/toolchain/@v/v0.0.1-go1.25.5.linux-amd64.zip": dial tcp 127.0.0.1:9: connect: connection refused\n`,
  sumdbOff: `go: downloading go1.25.5 (linux/amd64)\ngo: download go1.25.5: ${MODULE}: verifying module: checksum database disabled by GOSUMDB=off\n`,
};

test('each go failure becomes one sentence naming the cause and the fix', () => {
  const mismatch = explainProxyFailure(outputs.mismatch, MODULE, config);
  assert.match(
    mismatch,
    /^the module proxy \(GOPROXY=http:\/\/127\.0\.0\.1:8765,https:\/\/proxy\.example\.internal\) served golang\.org\/toolchain@v0\.0\.1-go1\.25\.5\.linux-amd64 with a checksum that does not match the checksum database \(GOSUMDB=sum\.example\.internal\)/,
  );
  assert.match(mismatch, /downloaded h1:Kq\/utlLM2ioAer6S\/XShonddoGtJD40R\+\/nmOemXCJg=, sum\.example\.internal h1:IkknVKy/);
  assert.match(mismatch, /nothing was installed.*go-download-source to go\.dev\.$/);
  assert.match(
    explainProxyFailure(outputs.notAvailable, MODULE, config),
    /refused golang\.org\/toolchain@v0\.0\.1-go1\.25\.5\.linux-amd64 \(go: download go1\.25\.5 for linux\/amd64: toolchain not available\)\. Use a GOPROXY that serves golang\.org\/toolchain/,
  );
  assert.match(explainProxyFailure(outputs.forbidden, MODULE, config), /refused .*403 Forbidden.*This module version is not available/);
  assert.match(
    explainProxyFailure(outputs.refused, MODULE, config),
    /could not be reached \(.*connection refused\)\. Check GOPROXY and the network/,
  );
  assert.match(explainProxyFailure(outputs.sumdbOff, MODULE, config), /^GOSUMDB is off.*Unset GOSUMDB/);
  assert.match(
    explainProxyFailure('go: something new\n', MODULE, config),
    /^the go command could not fetch .* \(go: something new\)\. Or set go-download-source to go\.dev\.$/,
  );
  for (const text of Object.values(outputs))
    assert.doesNotMatch(explainProxyFailure(text, MODULE, config), /\n|SECURITY ERROR|go: downloading/);
});
