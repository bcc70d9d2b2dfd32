// A test-only entry: runs the action's main as dist/index.js does, but as if on the platform
// and architecture that TCV_TEST_PLATFORM and TCV_TEST_ARCH name (Node's spellings).
import { run } from '../../src/main.ts';

await run({ platform: process.env.TCV_TEST_PLATFORM, arch: process.env.TCV_TEST_ARCH });
