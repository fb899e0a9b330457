import { ALARM_AUDIENCES, type AlarmAudience } from './alarm-definitions.js';
import type { AlarmSubscribers } from './constructs/environment-alarms.js';
import {
  parseEnvironmentName,
  PRODUCTION_ENVIRONMENT_NAME,
  type DeploymentEnvironment,
} from './deployment-environment.js';
import { INFRA_ERROR_CODES, InfraError } from './errors.js';

/** Everything the app is parameterised by. */
export interface AppSettings {
  account: string;
  region: string;
  environment: DeploymentEnvironment;
  hostedZone: { id: string; name: string };
  alarmSubscribers: AlarmSubscribers;
  kubernetesVersion: string;
}

export const DEFAULTS = {
  region: 'us-east-1',
  zoneName: 'mettel-automation.net',
  kubernetesVersion: '1.31',
  /** Placeholders that synth offline; a deploy must override them. */
  account: '000000000000',
  hostedZoneId: 'Z0000000000PLACEHOLDER',
} as const;

const placeholderEmail = (audience: AlarmAudience): string => `${audience}@example.invalid`;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function parseJson(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function parseSubscribers(raw: unknown): AlarmSubscribers {
  const value = parseJson(raw);
  const problem = (): InfraError =>
    new InfraError(
      INFRA_ERROR_CODES.invalidContext,
      `alarmEmails must be {"engineering":[…],"hnoc-leadership":[…],"managed-services":[…]} of email addresses`,
    );
  if (typeof value !== 'object' || value === null) throw problem();
  const record = value as Record<string, unknown>;
  const subscribers = {} as Record<AlarmAudience, string[]>;
  for (const audience of Object.values(ALARM_AUDIENCES)) {
    const emails = record[audience] ?? [];
    if (
      !Array.isArray(emails) ||
      !emails.every((email) => typeof email === 'string' && /^[^@\s]+@[^@\s]+$/.test(email))
    ) {
      throw problem();
    }
    subscribers[audience] = emails as string[];
  }
  return subscribers;
}

/**
 * The app's settings from CDK context (`-c key=value`, cdk.json, or the cdk CLI) and the process
 * environment. Keys: `environment` (default automation-master), `account` (else
 * CDK_DEFAULT_ACCOUNT), `region`, `hostedZoneId`, `zoneName`, `alarmEmails` (JSON), and
 * `kubernetesVersion`. A missing deploy-time value falls back to a placeholder so synth works
 * offline, and is reported in `warnings`.
 */
export function readAppSettings(
  context: (key: string) => unknown,
  env: Readonly<Record<string, string | undefined>> = {},
): { settings: AppSettings; warnings: string[] } {
  const warnings: string[] = [];
  const account = text(context('account')) ?? text(env['CDK_DEFAULT_ACCOUNT']);
  const hostedZoneId = text(context('hostedZoneId'));
  const rawEmails = context('alarmEmails');
  if (account === undefined) warnings.push(`no account (-c account=…): using ${DEFAULTS.account}`);
  if (hostedZoneId === undefined)
    warnings.push(`no hostedZoneId (-c hostedZoneId=…): using ${DEFAULTS.hostedZoneId}`);
  if (rawEmails === undefined)
    warnings.push('no alarmEmails (-c alarmEmails=<json>): alarms mail example.invalid');
  if (account !== undefined && !/^\d{12}$/.test(account)) {
    throw new InfraError(
      INFRA_ERROR_CODES.invalidContext,
      `account must be 12 digits (received "${account}")`,
    );
  }
  return {
    settings: {
      account: account ?? DEFAULTS.account,
      region: text(context('region')) ?? text(env['CDK_DEFAULT_REGION']) ?? DEFAULTS.region,
      environment: parseEnvironmentName(
        text(context('environment')) ?? PRODUCTION_ENVIRONMENT_NAME,
      ),
      hostedZone: {
        id: hostedZoneId ?? DEFAULTS.hostedZoneId,
        name: text(context('zoneName')) ?? DEFAULTS.zoneName,
      },
      alarmSubscribers:
        rawEmails === undefined
          ? {
              engineering: [placeholderEmail('engineering')],
              'hnoc-leadership': [placeholderEmail('hnoc-leadership')],
              'managed-services': [placeholderEmail('managed-services')],
            }
          : parseSubscribers(rawEmails),
      kubernetesVersion: text(context('kubernetesVersion')) ?? DEFAULTS.kubernetesVersion,
    },
    warnings,
  };
}
