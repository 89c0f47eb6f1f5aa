import type { Command } from '../command.js';
import { runCommand } from './run.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';

/** Every command, in the order `truce --help` lists them. */
export const commands: readonly Command[] = [runCommand, validateCommand, schemaCommand];
