import { z } from 'zod';
import { CiUtilsError, CI_UTILS_ERROR_CODES } from '../errors.js';

// The newest-image JSON the deploy job writes (one entry per repository), or a plain map.
const imageList = z.array(
  z.object({ repository: z.string().min(1), image_tag: z.string().min(1) }),
);
const imageMap = z.record(z.string().min(1), z.string().min(1));

/**
 * Image tag per service from `[{ "repository": "bruin-bridge", "image_tag": "1.4.0" }]` or
 * `{ "bruin-bridge": "1.4.0" }`. A repository path keeps its last segment (`team/bruin-bridge`).
 */
export function parseBuilds(json: unknown): Record<string, string> {
  const list = imageList.safeParse(json);
  if (list.success) {
    return Object.fromEntries(
      list.data.map((image) => [
        image.repository.split('/').pop() ?? image.repository,
        image.image_tag,
      ]),
    );
  }
  const map = imageMap.safeParse(json);
  if (map.success) return map.data;
  throw new CiUtilsError(
    CI_UTILS_ERROR_CODES.invalidInput,
    'images must be [{ "repository", "image_tag" }] or { "<service>": "<tag>" }',
  );
}

/** Image tag per service from `--build <service>=<tag>` flags. */
export function parseBuildFlags(flags: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    flags.map((flag) => {
      const match = /^([a-z0-9][a-z0-9-]*)=(\S+)$/.exec(flag);
      if (match?.[1] === undefined || match[2] === undefined) {
        throw new CiUtilsError(
          CI_UTILS_ERROR_CODES.usage,
          `--build expects <service>=<tag> (received "${flag}")`,
        );
      }
      return [match[1], match[2]];
    }),
  );
}
