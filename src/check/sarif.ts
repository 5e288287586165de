import { CHECK_TOOLS, type JudgedFinding, type Severity } from './findings.js';

/**
 * One SARIF 2.1.0 log merged from every scanner: a run per tool (and one for the baseline's
 * expired entries), each result at its file and line, accepted findings carried with an external
 * suppression and its justification, so code scanning shows them as dismissed, not as gone.
 */

export interface ToolInfo {
  name: string;
  informationUri: string;
}

export const TOOL_INFO: Record<JudgedFinding['tool'], ToolInfo> = {
  fmt: { name: 'tofu fmt', informationUri: 'https://opentofu.org/docs/cli/commands/fmt/' },
  validate: {
    name: 'tofu validate',
    informationUri: 'https://opentofu.org/docs/cli/commands/validate/'
  },
  tflint: { name: 'tflint', informationUri: 'https://github.com/terraform-linters/tflint' },
  trivy: { name: 'trivy', informationUri: 'https://trivy.dev/' },
  checkov: { name: 'checkov', informationUri: 'https://www.checkov.io/' },
  baseline: {
    name: 'tf-check baseline',
    informationUri: 'https://github.com/platform-actions/platform-actions#tf-check'
  }
};

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note'
};

/** GitHub's code scanning reads this property for the severity of a security finding. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
  info: '0.0'
};

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  properties: { 'security-severity': string; tags: string[] };
}

/** `ran`: the tools that ran, each given a run even when it found nothing. */
export function buildSarif(
  findings: readonly JudgedFinding[],
  ran: readonly JudgedFinding['tool'][] = [...CHECK_TOOLS, 'baseline']
): object {
  const tools = [...new Set([...ran, ...findings.map((f) => f.tool)])];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: tools.map((tool) => {
      const own = findings.filter((f) => f.tool === tool);
      const rules = new Map<string, SarifRule>();
      for (const f of own) {
        if (rules.has(f.rule)) continue;
        rules.set(f.rule, {
          id: f.rule,
          shortDescription: { text: f.message.split(': ')[0] ?? f.message },
          ...(f.help === undefined ? {} : { helpUri: f.help }),
          properties: { 'security-severity': SECURITY_SEVERITY[f.severity], tags: [tool] }
        });
      }
      const info = TOOL_INFO[tool];
      return {
        tool: {
          driver: {
            name: info.name,
            informationUri: info.informationUri,
            rules: [...rules.values()]
          }
        },
        results: own.map((f) => ({
          ruleId: f.rule,
          level: LEVEL[f.severity],
          message: { text: f.resource === undefined ? f.message : `${f.resource}: ${f.message}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file },
                region: {
                  startLine: f.line,
                  ...(f.endLine === undefined ? {} : { endLine: f.endLine })
                }
              }
            }
          ],
          properties: { severity: f.severity },
          ...(f.accepted === undefined
            ? {}
            : {
                suppressions: [
                  {
                    kind: 'external',
                    status: 'accepted',
                    justification: `${f.accepted.reason} (until ${f.accepted.expires}, ${f.accepted.entry})`
                  }
                ]
              })
        }))
      };
    })
  };
}
