/**
 * The commander layer of `c5sim`: parses the arguments, calls the command
 * functions (which return their output and exit code) and writes the result.
 * `runCli` takes the streams to write to, so tests can run it in-process.
 */
import { Command, CommanderError } from 'commander';
import { version } from '../package.json';
import { SEED_RULE } from '../src/orchestration';
import { DEFAULT_SCENARIO_ID } from '../src/scenarios';
import { batchCommand } from './batch';
import { classCommand } from './class';
import { CliError, type CommandResult, seedArgument, seedBaseArgument, USAGE_EXIT } from './common';
import { compareCommand } from './compare';
import { EXIT_INTERNAL } from './exit-codes';
import { mergeCommand } from './merge';
import { playCommand } from './play';
import { barProgress, lineProgress, type Progress } from './progress';
import { replayCommand } from './replay';
import { scenariosCommand, strategiesCommand } from './scenarios';
import { validateCommand } from './validate';

/** Where the CLI writes. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** stderr, when it is a terminal: progress is then drawn as a bar on it. */
  readonly tty?: NodeJS.WriteStream;
}

function progressFor(io: CliIo) {
  let current: Progress | undefined;
  let label = '';
  return {
    update(name: string, done: number, total: number) {
      if (!current || name !== label) {
        current?.stop();
        label = name;
        current = io.tty ? barProgress(name, total, io.tty) : lineProgress(name, total, io.err);
      }
      current.update(done);
    },
    stop() {
      current?.stop();
      current = undefined;
    },
  };
}

/** Builds the program; each action stores its result in `done`. */
function createProgram(io: CliIo, done: (result: CommandResult) => void): Command {
  const program = new Command('c5sim')
    .description(
      'Play, batch and compare games of the C5+ simulation: five Central Asian states balancing their partners.',
    )
    .exitOverride()
    .configureOutput({
      writeOut: io.out,
      writeErr: io.err,
      outputError: (text, write) => write(`c5sim: ${text}`),
    })
    .showHelpAfterError('(run c5sim --help for usage)')
    .helpCommand(true)
    .version(version);

  program
    .command('scenarios')
    .description('list the built-in scenarios: id, years, title')
    .action(() => done(scenariosCommand()));

  program
    .command('strategies')
    .description('list the strategies a state can be played by')
    .action(() => done(strategiesCommand()));

  program
    .command('play')
    .description('play one game and print it turn by turn, then the final scorecard')
    .option(
      '-s, --scenario <id|file>',
      'built-in scenario id or scenario JSON file',
      DEFAULT_SCENARIO_ID,
    )
    .option(
      '--seed <seed>',
      `the seed (${SEED_RULE}): the same seed plays the same game`,
      seedArgument,
      'demo',
    )
    .option(
      '--strategy <pairs>',
      'who plays each state, e.g. KAZ=multiVector,UZB=lookahead (or all=greedy)',
    )
    .option('--effects <n>', 'how many of each state’s biggest changes to show per turn', '2')
    .option('--json', 'print one JSON object (turns, scorecard, hash) instead of text')
    .option('--save <file>', 'write the final game as a save file')
    .option('--replay <file>', 'write the game as a replay file')
    .action((opts) => done(playCommand(opts)));

  program
    .command('batch')
    .description('play many seeds on all cores and summarize the outcomes')
    .option(
      '-s, --scenario <id|file>',
      'built-in scenario id or scenario JSON file',
      DEFAULT_SCENARIO_ID,
    )
    .option('-n, --runs <n>', 'how many games (seeds BASE-0 … BASE-(n-1))')
    .option('--seed <base>', 'the seed base', seedBaseArgument, 'batch')
    .option('--strategy <pairs>', 'who plays each state, e.g. KAZ=greedy,all=multiVector')
    .option('-w, --workers <k>', 'worker threads (default: all cores)')
    .option('-o, --out <file>', 'write each run to FILE.csv or FILE.json')
    .option(
      '--shard <K/N>',
      'play only the K-th of N slices of the seeds (merge them with c5sim merge)',
    )
    .action(async (opts) => {
      const progress = progressFor(io);
      try {
        done(
          await batchCommand({
            ...opts,
            onProgress: (n: number, total: number) => progress.update('batch', n, total),
          }),
        );
      } finally {
        progress.stop();
      }
    });

  program
    .command('compare')
    .description('every state plays each strategy in turn, over the same seeds; compare welfare')
    .option(
      '-s, --scenario <id|file>',
      'built-in scenario id or scenario JSON file',
      DEFAULT_SCENARIO_ID,
    )
    .option('-n, --runs <n>', 'games per strategy')
    .option('--strategies <ids>', 'strategy ids, comma-separated, e.g. multiVector,greedy,neutral')
    .option('--seed <base>', 'the seed base', seedBaseArgument, 'compare')
    .option('-w, --workers <k>', 'worker threads (default: all cores)')
    .action(async (opts) => {
      const progress = progressFor(io);
      try {
        done(
          await compareCommand({
            ...opts,
            onProgress: (strategy: string, n: number, total: number) =>
              progress.update(strategy, n, total),
          }),
        );
      } finally {
        progress.stop();
      }
    });

  program
    .command('merge')
    .description('merge the shard files of one batch into the file one batch would write')
    .argument('<files...>', 'shard files written by batch --shard K/N --out FILE.json')
    .option('-o, --out <file>', 'write the merged runs to FILE.csv or FILE.json')
    .action((files: string[], opts: { out?: string }) =>
      done(mergeCommand({ files, out: opts.out })),
    );

  program
    .command('class')
    .description("merge students' replay or summary files into one class table, with a comparison")
    .argument('<files...>', 'replay files (each re-played, its hash checked) or summary files')
    .option('-o, --out <file>', 'write the table to FILE.csv or FILE.json')
    .option('--format <csv|json>', "the table's format (default: by the extension of --out)")
    .action((files: string[], opts: { out?: string; format?: string }) =>
      done(
        classCommand({
          files,
          ...(opts.out !== undefined ? { out: opts.out } : {}),
          ...(opts.format !== undefined ? { format: opts.format } : {}),
        }),
      ),
    );

  program
    .command('replay')
    .description('re-play a replay file and check that it reaches its recorded hash')
    .argument('<file>', 'a replay file (written by play --replay)')
    .action((file: string) => done(replayCommand(file)));

  program
    .command('validate')
    .description('check a scenario, save or replay file and name every problem')
    .argument('<file>', 'a scenario JSON file, a save or a replay')
    .action((file: string) => done(validateCommand(file)));

  return program;
}

/** Runs `c5sim` with these arguments (without `node` and the script); resolves to the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let result: CommandResult | undefined;
  const program = createProgram(io, (r) => {
    result = r;
  });
  try {
    await program.parseAsync([...args], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; any other parsing error is a usage error.
      return error.exitCode === 0 ? 0 : USAGE_EXIT;
    }
    if (error instanceof CliError) {
      io.err(`c5sim: error: ${error.message}\n`);
      for (const line of error.details) io.err(`  ${line}\n`);
      return error.exitCode;
    }
    const e = error as Error;
    io.err(`c5sim: internal error: ${e.message}\n`);
    if (process.env.C5SIM_DEBUG) io.err(`${e.stack}\n`);
    return EXIT_INTERNAL;
  }
  if (!result) return 0;
  if (result.stdout) io.out(result.stdout);
  if (result.stderr) io.err(result.stderr);
  return result.exitCode;
}
