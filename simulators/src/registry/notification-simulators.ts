import {
  registerEmailControlRoutes,
  registerSlackControlRoutes,
} from '../control/routes/message-control-routes.js';
import { buildSmtpSink, EMAIL_SIMULATOR } from '../email/build-smtp-sink.js';
import { fastifyServer } from '../http/lab-server.js';
import {
  buildSlackApp,
  LAB_SLACK_WEBHOOK_PATH,
  SLACK_SIMULATOR,
} from '../slack/build-slack-app.js';
import type { SimulatorDefinition } from './simulator-definition.js';

/**
 * Slack incoming webhook; its URL is the full webhook (`…/services/T…/B…/…`, what
 * `SLACK_WEBHOOK` takes); control routes `/slack/messages`.
 */
export const slackSimulator: SimulatorDefinition = {
  name: SLACK_SIMULATOR,
  multiInstance: false,
  build(ctx) {
    const { app, messages } = buildSlackApp(ctx);
    const http = fastifyServer(app);
    return {
      instances: [
        {
          server: {
            listen: async (address) => `${await http.listen(address)}${LAB_SLACK_WEBHOOK_PATH}`,
            close: () => http.close(),
          },
        },
      ],
      controlRoutes: (scope) => {
        registerSlackControlRoutes(scope, { messages });
      },
    };
  },
};

/** SMTP sink (the mail relay); control routes `/email/messages`. */
export const emailSimulator: SimulatorDefinition = {
  name: EMAIL_SIMULATOR,
  multiInstance: false,
  build(ctx) {
    const { server, messages } = buildSmtpSink(ctx);
    return {
      instances: [{ server }],
      controlRoutes: (scope) => {
        registerEmailControlRoutes(scope, { messages });
      },
    };
  },
};
