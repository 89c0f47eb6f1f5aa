import type { Command } from '../command.js';

/**
 * Every command, in the order `truce --help` lists them. Each is loaded only
 * when it is used: some pull in large libraries (graph layout, a browser
 * bridge), and `truce run` should not wait for them.
 */
const loaders = {
  run: async () => (await import('./run.js')).runCommand,
  validate: async () => (await import('./validate.js')).validateCommand,
  schema: async () => (await import('./schema.js')).schemaCommand,
  view: async () => (await import('./view.js')).viewCommand,
  diagram: async () => (await import('./diagram.js')).diagramCommand,
  export: async () => (await import('./export.js')).exportCommand,
  exercise: async () => (await import('./exercise.js')).exerciseCommand,
  paths: async () => (await import('./paths.js')).pathsCommand,
  play: async () => (await import('./play.js')).playCommand,
  simulate: async () => (await import('./simulate.js')).simulateCommand,
  class: async () => (await import('./class.js')).classCommand,
} satisfies Record<string, () => Promise<Command>>;

export const COMMAND_NAMES = Object.keys(loaders);

function isCommandName(name: string): name is keyof typeof loaders {
  return Object.hasOwn(loaders, name);
}

/** The command called `name`, or undefined when there is none. */
export async function loadCommand(name: string): Promise<Command | undefined> {
  return isCommandName(name) ? loaders[name]() : undefined;
}

/** Every command, for the program's help. */
export async function loadAllCommands(): Promise<Command[]> {
  return Promise.all(COMMAND_NAMES.map(async (name) => (await loadCommand(name))!));
}
