import { describe, expect, it } from 'vitest';
import { exists, listServices, readText } from './delivery-repo.js';

interface Instruction {
  keyword: string;
  args: string;
}

/** Dockerfile instructions, continuation lines joined, comments and parser directives dropped. */
function instructions(source: string): Instruction[] {
  const joined = source.replace(/\\\r?\n/g, ' ');
  return joined
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

/** The stages of a multi-stage build, each with its instructions. */
function stages(all: Instruction[]): { from: string; name?: string; body: Instruction[] }[] {
  const result: { from: string; name?: string; body: Instruction[] }[] = [];
  for (const instruction of all) {
    if (instruction.keyword === 'FROM') {
      const [from = '', as, name] = instruction.args.split(/\s+/);
      result.push({ from, ...(as?.toUpperCase() === 'AS' && name ? { name } : {}), body: [] });
    } else {
      result.at(-1)?.body.push(instruction);
    }
  }
  return result;
}

/** COPY/ADD sources read from the build context (not `--from=<stage>`), as written. */
function contextSources(all: Instruction[]): string[] {
  return all
    .filter(({ keyword }) => keyword === 'COPY' || keyword === 'ADD')
    .map(({ args }) => args.split(/\s+/))
    .filter((words) => !words.some((word) => word.startsWith('--from=')))
    .flatMap((words) => words.filter((word) => !word.startsWith('--')).slice(0, -1));
}

const images = [
  ...listServices().map(({ name, packageName }) => ({
    what: name,
    dockerfile: `services/${name}/Dockerfile`,
    packageName,
    port: '5000',
  })),
  {
    what: 'lab',
    dockerfile: 'simulators/Dockerfile',
    packageName: '@automation-engine/simulators',
    port: '8600',
  },
];

describe.each(images)('Dockerfile of $what', ({ dockerfile, packageName, port }) => {
  const read = (): Instruction[] => {
    if (!exists(dockerfile))
      throw new Error(`${dockerfile} is missing (docs/CREATE_NEW_SERVICE.md)`);
    return instructions(readText(dockerfile));
  };

  it('copies only paths that exist in the build context (the repository root)', () => {
    const missing = contextSources(read()).filter((source) => !exists(source));
    expect(missing).toEqual([]);
  });

  it('builds in one stage and runs in a small one without the toolchain', () => {
    const all = stages(read());
    expect(all.length).toBeGreaterThanOrEqual(2);
    const runtime = all.at(-1)!;
    expect(runtime.from).toMatch(/-slim$|alpine|distroless/);
    expect(
      runtime.body.some(({ keyword, args }) => keyword === 'COPY' && args.includes('--from=')),
    ).toBe(true);
    expect(
      runtime.body.some(({ keyword, args }) => keyword === 'RUN' && /pnpm|tsc/.test(args)),
    ).toBe(false);
  });

  it('installs with the frozen lockfile and ships a pruned production deploy of its package', () => {
    const runs = read()
      .filter(({ keyword }) => keyword === 'RUN')
      .map(({ args }) => args)
      .join('\n');
    expect(runs).toContain('--frozen-lockfile');
    expect(runs).toMatch(new RegExp(`--filter "?${packageName}"? deploy --prod`));
  });

  it('runs as a non-root user, with a health check, the compiled entry point and its port', () => {
    const runtime = stages(read()).at(-1)!.body;
    const user = runtime.filter(({ keyword }) => keyword === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(runtime.find(({ keyword }) => keyword === 'HEALTHCHECK')?.args).toContain('/healthz');
    expect(runtime.find(({ keyword }) => keyword === 'CMD')?.args).toBe('["node", "dist/main.js"]');
    expect(runtime.find(({ keyword }) => keyword === 'EXPOSE')?.args.split(/\s+/)).toContain(port);
  });
});

describe('.dockerignore', () => {
  it('keeps installed packages, builds and local state out of the build context', () => {
    const patterns = exists('.dockerignore')
      ? readText('.dockerignore')
          .split('\n')
          .map((line) => line.trim())
      : [];
    expect(patterns).toEqual(
      expect.arrayContaining(['**/node_modules', '**/dist', '.engine', 'coverage', 'reports']),
    );
  });
});
