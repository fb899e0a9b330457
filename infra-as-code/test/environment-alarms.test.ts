import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALARM_METRIC_NAMESPACE, LOG_ALARMS } from '../src/alarm-definitions.js';
import { ALARM_EMAILS, CLUSTER, EPHEMERAL, environmentTemplate, propertiesOf } from './fixtures.js';

/** spec/operations.md §6.4: name, comparison, threshold, period (seconds). */
const SPEC_TABLE: readonly [string, '>=' | '<=', number, number][] = [
  ['velocloud-outage-too-many-tickets', '>=', 50, 3600],
  ['velocloud-outage-no-tickets-created', '<=', 0, 3600],
  ['velocloud-affecting-too-many-tickets', '>=', 50, 3600],
  ['velocloud-affecting-no-tickets-created', '<=', 0, 3600],
  ['velocloud-outage-too-many-errors', '>=', 500, 3600],
  ['velocloud-outage-triage-job-failed', '<=', 0, 3600],
  ['velocloud-bridge-too-many-errors', '>=', 300, 3600],
  ['bruin-bridge-too-many-errors', '>=', 1000, 3600],
  ['bruin-too-many-invalid-service-outage-ticket-creations', '>=', 10, 600],
  ['servicenow-bridge-too-many-errors', '>=', 100, 3600],
  ['velocloud-gateways-too-many-errors', '>=', 100, 3600],
  ['intermapper-outage-too-many-down-events', '>=', 100, 3600],
  ['intermapper-outage-no-events-processed', '<=', 0, 3600],
  ['intermapper-outage-no-emails-received', '>=', 50, 1800],
  // §6.4 says "≤ 0 (as configured)"; §9 flags it as inverted for an error counter: fire on ≥ 1.
  ['emails-error-logging-in-to-the-inbox', '>=', 1, 3600],
];

const OPERATORS = {
  '>=': 'GreaterThanOrEqualToThreshold',
  '<=': 'LessThanOrEqualToThreshold',
} as const;

let production: Template;
let ephemeral: Template;

beforeAll(() => {
  production = environmentTemplate('automation-master');
  ephemeral = environmentTemplate(EPHEMERAL, CLUSTER);
});

describe('alarms - the §6.4 table, in production', () => {
  it('has exactly the alarms of the table', () => {
    const names = propertiesOf(production, 'AWS::CloudWatch::Alarm').map(
      (alarm) => alarm['AlarmName'],
    );
    expect([...names].sort()).toEqual(SPEC_TABLE.map(([name]) => name).sort());
  });

  it.each(
    SPEC_TABLE.map(([name, comparison, threshold, period]) => ({
      name,
      comparison,
      threshold,
      period,
    })),
  )(
    '$name fires at $comparison $threshold per $period s, summed over one period',
    ({ name, comparison, threshold, period }) => {
      production.hasResourceProperties('AWS::CloudWatch::Alarm', {
        AlarmName: name,
        ComparisonOperator: OPERATORS[comparison],
        Threshold: threshold,
        Period: period,
        EvaluationPeriods: 1,
        Statistic: 'Sum',
        Namespace: ALARM_METRIC_NAMESPACE,
        TreatMissingData: comparison === '<=' ? 'breaching' : 'notBreaching',
      });
    },
  );

  it('gives each alarm its own SNS topic, named like it, as its action', () => {
    const topics = propertiesOf(production, 'AWS::SNS::Topic').map((topic) => topic['TopicName']);
    expect([...topics].sort()).toEqual(SPEC_TABLE.map(([name]) => name).sort());
    for (const alarm of propertiesOf(production, 'AWS::CloudWatch::Alarm')) {
      expect(alarm['AlarmActions']).toHaveLength(1);
    }
  });

  it('mails every alarm to engineering, ticket volumes to HNOC leadership, InterMapper to managed services', () => {
    const subscriptions = propertiesOf(production, 'AWS::SNS::Subscription');
    expect(subscriptions.every((s) => s['Protocol'] === 'email')).toBe(true);
    const endpoints = subscriptions.map((s) => s['Endpoint']);
    expect(endpoints.filter((e) => e === ALARM_EMAILS.engineering[0])).toHaveLength(
      SPEC_TABLE.length,
    );
    expect(endpoints.filter((e) => e === 'hnoc@example.com')).toHaveLength(3);
    expect(endpoints.filter((e) => e === 'ms2@example.com')).toHaveLength(2);
  });

  it('counts matching production log lines with one metric filter per metric', () => {
    const filters = propertiesOf(production, 'AWS::Logs::MetricFilter');
    expect(filters).toHaveLength(new Set(LOG_ALARMS.map((alarm) => alarm.metricName)).size);
    for (const filter of filters) {
      expect(filter['FilterPattern']).toMatch(
        /^\{ \$\.environment = "production" && \$\.service = /,
      );
      expect(filter['MetricTransformations']).toEqual([
        expect.objectContaining({
          MetricNamespace: ALARM_METRIC_NAMESPACE,
          MetricValue: '1',
          DefaultValue: 0,
        }),
      ]);
    }
  });

  it('counts outage tickets for both outage ticket alarms (not the affecting metric)', () => {
    const metricOf = (name: string) =>
      propertiesOf(production, 'AWS::CloudWatch::Alarm').find(
        (alarm) => alarm['AlarmName'] === name,
      )?.['MetricName'];
    expect(metricOf('velocloud-outage-no-tickets-created')).toBe(
      metricOf('velocloud-outage-too-many-tickets'),
    );
    expect(metricOf('velocloud-outage-no-tickets-created')).not.toBe(
      metricOf('velocloud-affecting-too-many-tickets'),
    );
  });
});

describe('alarms - ephemeral environments', () => {
  it('have no alarms, topics or metric filters', () => {
    ephemeral.resourceCountIs('AWS::CloudWatch::Alarm', 0);
    ephemeral.resourceCountIs('AWS::SNS::Topic', 0);
    ephemeral.resourceCountIs('AWS::Logs::MetricFilter', 0);
  });
});
