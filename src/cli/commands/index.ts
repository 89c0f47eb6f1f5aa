import type { Command } from '../command.js';
import { diagramCommand } from './diagram.js';
import { exerciseCommand } from './exercise.js';
import { exportCommand } from './export.js';
import { pathsCommand } from './paths.js';
import { playCommand } from './play.js';
import { runCommand } from './run.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';
import { viewCommand } from './view.js';

/** Every command, in the order `truce --help` lists them. */
export const commands: readonly Command[] = [runCommand, validateCommand, schemaCommand, viewCommand, diagramCommand, exportCommand, exerciseCommand, pathsCommand, playCommand];
