export { notificationEmailSend } from './notification-email-send.js';
export {
  emailData,
  emailFile,
  notificationEmailRequest,
  type EmailData,
  type EmailFile,
} from './notification-email-request.js';
export { notificationSlackSend } from './notification-slack-send.js';
export { notificationSlackRequest } from './notification-slack-request.js';
