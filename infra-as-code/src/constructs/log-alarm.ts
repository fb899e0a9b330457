import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  TreatMissingData,
  type Metric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { LogAlarmDefinition } from '../alarm-definitions.js';

export interface LogAlarmProps {
  definition: LogAlarmDefinition;
  /** The count of matching log lines (from the definition's metric filter). */
  metric: Metric;
  emails: readonly string[];
}

/**
 * One alarm of the table with its own SNS topic (named like the alarm) and an email subscription
 * per recipient. "At most" alarms count silence as breaching (no line at all is the failure they
 * watch for); "at least" alarms count it as fine.
 */
export class LogAlarm extends Construct {
  readonly alarm: Alarm;
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: LogAlarmProps) {
    super(scope, id);
    const { definition } = props;
    const atMost = definition.comparison === 'at-most';

    this.topic = new Topic(this, 'Topic', {
      topicName: definition.alarmName,
      displayName: definition.alarmName,
    });
    for (const email of props.emails) this.topic.addSubscription(new EmailSubscription(email));

    this.alarm = new Alarm(this, 'Alarm', {
      alarmName: definition.alarmName,
      alarmDescription: definition.description,
      metric: props.metric.with({
        statistic: 'Sum',
        period: Duration.minutes(definition.periodMinutes),
      }),
      threshold: definition.threshold,
      comparisonOperator: atMost
        ? ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD
        : ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: atMost ? TreatMissingData.BREACHING : TreatMissingData.NOT_BREACHING,
    });
    this.alarm.addAlarmAction(new SnsAction(this.topic));
  }
}
