/**
 * Scenario data written out as a file would hold it: YAML in a few of the
 * styles people write (block, flow, quoted, folded), or JSON.
 */
import fc from 'fast-check';
import { stringify, type ToStringOptions } from 'yaml';
import type { Scenario } from '../../src/scenario/index.js';

export type ScenarioFormat = 'yaml' | 'json';

/** How to write YAML: the `yaml` package's options that change what the text looks like. */
export type YamlStyle = Pick<ToStringOptions, 'lineWidth' | 'defaultStringType' | 'defaultKeyType' | 'collectionStyle' | 'indent'>;

export const yamlStyle: fc.Arbitrary<YamlStyle> = fc.record({
  lineWidth: fc.constantFrom(0, 40, 80),
  defaultStringType: fc.constantFrom('PLAIN' as const, 'QUOTE_DOUBLE' as const, 'QUOTE_SINGLE' as const),
  defaultKeyType: fc.constantFrom(null, 'PLAIN' as const),
  collectionStyle: fc.constantFrom('any' as const, 'block' as const, 'flow' as const),
  indent: fc.constantFrom(2, 4),
});

/** The text of `scenario` as a file in `format`. */
export function scenarioText(scenario: unknown, format: ScenarioFormat, style: YamlStyle = {}): string {
  return format === 'json' ? `${JSON.stringify(scenario, null, 2)}\n` : stringify(scenario, style);
}

/** The file name a scenario in `format` goes by, so the loader reads it as that format. */
export function fileNameFor(format: ScenarioFormat, name = 'scenario'): string {
  return `${name}.${format}`;
}

export interface ScenarioFile {
  scenario: Scenario;
  format: ScenarioFormat;
  file: string;
  text: string;
}

/** `scenarios` written as files: mostly YAML in any style, sometimes JSON. */
export function asFile(scenarios: fc.Arbitrary<Scenario>): fc.Arbitrary<ScenarioFile> {
  return fc
    .record({ scenario: scenarios, format: fc.constantFrom<ScenarioFormat>('yaml', 'yaml', 'yaml', 'json'), style: yamlStyle })
    .map(({ scenario, format, style }) => ({ scenario, format, file: fileNameFor(format), text: scenarioText(scenario, format, style) }));
}
