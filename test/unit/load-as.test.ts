import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { chooseLoadAs, registersOps } from '../../src/smoke/load-as.ts';
import { archiveUndefinedSymbols } from '../../src/elf/object-symbols.ts';
import { isTensorflowInfo, withoutTensorflowInfo } from '../../src/smoke/tf-log-filter.ts';

test('load-as auto: REGISTER_OP/REGISTER_KERNEL_BUILDER or the C registration API means tf.load_op_library', async () => {
  // As the kernel fixture's objects reference them (g++ 12 against TensorFlow 2.21 headers).
  const kernel = [
    '_ZN10tensorflow11register_op19OpDefBuilderWrapperclEv',
    '_ZN10tensorflow14kernel_factory17OpKernelRegistrar12InitInternalEPKNS_9KernelDefESt17basic_string_viewIcSt11char_traitsIcEESt10unique_ptrINS0_15OpKernelFactoryESt14default_deleteISA_EE',
  ];
  assert.equal(chooseLoadAs('auto', kernel), 'op-library');
  assert.equal(chooseLoadAs('auto', ['TF_NewStatus', 'TF_RegisterOpDefinition']), 'op-library');
  assert.equal(chooseLoadAs('auto', ['TF_Version', 'TF_NewStatus', 'malloc']), 'ctypes');
  assert.equal(chooseLoadAs('ctypes-global', kernel), 'ctypes-global', 'an explicit setting wins');
  const fixture = await archiveUndefinedSymbols(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'elf', 'undefined-refs.a')));
  assert.equal(registersOps(fixture), false);
});

test("TensorFlow's INFO logging is dropped from the echo, split anywhere; warnings, errors and the rest pass", () => {
  const text = [
    'WARNING: All log messages before absl::InitializeLog() is called are written to STDERR',
    'I0000 00:00:1796467322.450706   21969 port.cc:153] oneDNN custom operations are on.',
    'I0000 00:00:1796467181.427270   10174 cpu_feature_guard.cc:227] This TensorFlow binary is optimized.',
    'To enable the following instructions: AVX2 FMA, in other operations, rebuild TensorFlow.',
    'W0000 00:00:1796467322.450706   21969 op_kernel.cc:1] a warning',
    'GoScrapeCount: 2',
    '',
  ].join('\n');
  let out = '';
  const filter = withoutTensorflowInfo((chunk) => (out += chunk));
  for (let i = 0; i < text.length; i += 7) filter.write(text.slice(i, i + 7));
  filter.end();
  assert.equal(out, 'W0000 00:00:1796467322.450706   21969 op_kernel.cc:1] a warning\nGoScrapeCount: 2\n');
  assert.equal(isTensorflowInfo('Info: not TensorFlow'), false);
});
