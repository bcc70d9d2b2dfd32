// Which files pin TensorFlow, the Go bindings or Go, as git pathspecs and as a classifier.
// Any folder counts for the Python and Go files (the package may sit in a subfolder); only
// the workflow that runs the action counts among workflows, when the runner names it.

export type PinFileKind = 'python-requirements' | 'go-mod' | 'go-version' | 'workflow';

const WORKFLOW_DIR = '.github/workflows/';

/** The workflow file from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@refs/...`), repo-relative. */
export function workflowFromRef(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  const at = ref.lastIndexOf('@');
  const withRepo = at >= 0 ? ref.slice(0, at) : ref;
  const i = withRepo.indexOf(`/${WORKFLOW_DIR}`);
  if (i < 0) return undefined;
  const file = withRepo.slice(i + 1);
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(file) ? file : undefined;
}

/** git pathspecs for every pin file; the workflow named by GITHUB_WORKFLOW_REF, else all workflows. */
export function pinPathspecs(workflowRef?: string): string[] {
  const workflow = workflowFromRef(workflowRef);
  return [
    ':(glob)**/requirements*.txt',
    ':(glob)**/pyproject.toml',
    ':(glob)**/setup.cfg',
    ':(glob)**/go.mod',
    ':(glob)**/go.work',
    ':(glob)**/.go-version',
    ':(glob)**/.tool-versions',
    workflow ? `:(literal)${workflow}` : `:(glob)${WORKFLOW_DIR}*.y*ml`,
  ];
}

/** What kind of pin file a repo-relative path is, if any. */
export function pinFileKind(file: string): PinFileKind | undefined {
  const base = file.split('/').pop() ?? file;
  if (/^requirements.*\.txt$/.test(base) || base === 'pyproject.toml' || base === 'setup.cfg') return 'python-requirements';
  if (base === 'go.mod' || base === 'go.work') return 'go-mod';
  if (base === '.go-version' || base === '.tool-versions') return 'go-version';
  if (file.startsWith(WORKFLOW_DIR) && !file.slice(WORKFLOW_DIR.length).includes('/') && /\.ya?ml$/.test(base)) return 'workflow';
  return undefined;
}
