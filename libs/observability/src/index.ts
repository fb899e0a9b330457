export { buildHttpApp, PROBE_ROUTES, type HttpApp, type HttpAppOptions } from './build-http-app.js';
export { createHttpServer, type HttpServer, type HttpServerOptions } from './create-http-server.js';
export { closeLogger, createLogger, type LoggerOptions } from './create-logger.js';
export { createMetricsRegistry, type MetricsRegistryOptions } from './create-metrics-registry.js';
export {
  formatSyslogLine,
  severityOfPinoLevel,
  SYSLOG_SEVERITY,
  type SyslogRecord,
  type SyslogSeverity,
} from './format-syslog-line.js';
export { counter, gauge, histogram } from './metric-factories.js';
export {
  papertrailEnvSchema,
  papertrailFromConfig,
  papertrailFromEnv,
  type PapertrailEnv,
} from './papertrail-from-env.js';
export {
  PapertrailStream,
  type PapertrailOptions,
  type PapertrailStats,
  type PapertrailStatus,
  type PapertrailStreamOptions,
} from './papertrail-stream.js';
export { REDACTED_KEYS, REDACTION_CENSOR, redactPaths } from './redact-paths.js';
export { runReadiness, type ReadinessCheck, type ReadinessReport } from './run-readiness.js';
