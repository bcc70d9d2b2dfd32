// The Go in use, as the build will see it.
import { runProcess } from '../util/process.ts';
import { InputError } from '../input-error.ts';

export async function goVersionOf(env: NodeJS.ProcessEnv): Promise<string> {
  const result = await runProcess('go', ['env', 'GOVERSION'], { env });
  if (result.spawnError || result.exitCode !== 0) {
    throw new InputError(
      'go-version',
      `cannot run 'go env GOVERSION' (${result.spawnError?.code ?? result.stderr.trim()}): put Go on PATH (actions/setup-go) or set 'go-version'.`,
    );
  }
  return result.stdout.trim().replace(/^go/, '');
}
