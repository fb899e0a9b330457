import { MetricFilter, FilterPattern, type ILogGroup } from 'aws-cdk-lib/aws-logs';
import type { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';
import {
  ALARM_METRIC_NAMESPACE,
  LOG_ALARMS,
  type AlarmAudience,
  type LogAlarmDefinition,
} from '../alarm-definitions.js';
import type { DeploymentEnvironment } from '../deployment-environment.js';
import { metricFilterPattern } from '../metric-filter-pattern.js';
import { LogAlarm } from './log-alarm.js';

export type AlarmSubscribers = Readonly<Record<AlarmAudience, readonly string[]>>;

export interface EnvironmentAlarmsProps {
  environment: DeploymentEnvironment;
  logGroup: ILogGroup;
  subscribers: AlarmSubscribers;
  definitions?: readonly LogAlarmDefinition[];
}

/**
 * The log-based alarms of spec/operations.md §6.4: one metric filter per metric on the
 * environment's log group (namespace `mettel_automation/alarms`, 1 per matching line, 0 otherwise),
 * and per alarm a CloudWatch alarm and its SNS topic with email subscribers.
 */
export class EnvironmentAlarms extends Construct {
  readonly alarms: readonly LogAlarm[];

  constructor(scope: Construct, id: string, props: EnvironmentAlarmsProps) {
    super(scope, id);
    const definitions = props.definitions ?? LOG_ALARMS;
    const metrics = new Map<string, Metric>();
    for (const definition of definitions) {
      if (metrics.has(definition.metricName)) continue;
      const filter = new MetricFilter(this, `${definition.metricName}-filter`, {
        logGroup: props.logGroup,
        filterName: `${props.environment.name}-${definition.metricName}`,
        filterPattern: FilterPattern.literal(
          metricFilterPattern({
            environment: props.environment.runtimeName,
            match: definition.match,
          }),
        ),
        metricNamespace: ALARM_METRIC_NAMESPACE,
        metricName: definition.metricName,
        metricValue: '1',
        defaultValue: 0,
      });
      metrics.set(definition.metricName, filter.metric());
    }
    this.alarms = definitions.map((definition) => {
      const metric = metrics.get(definition.metricName);
      if (metric === undefined) throw new Error(`no metric ${definition.metricName}`);
      const emails = [
        ...new Set(definition.audiences.flatMap((audience) => props.subscribers[audience])),
      ];
      return new LogAlarm(this, definition.alarmName, { definition, metric, emails });
    });
  }
}
