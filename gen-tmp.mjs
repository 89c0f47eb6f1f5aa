import { readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
const data = JSON.parse(readFileSync('/tmp/long-100000.json', 'utf8'));
writeFileSync('/tmp/long-100000-plain.yaml', stringify(data, { aliasDuplicateObjects: false }));
