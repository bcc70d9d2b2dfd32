/** The tool's name in the SARIF log and the diagnostics JSON. */
export const toolName = 'tf-cgo-verify';
