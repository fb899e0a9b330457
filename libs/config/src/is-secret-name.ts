const SECRET_NAME = /PASS|TOKEN|SECRET|KEY|SEED|CREDENTIAL|COOKIE|AUTH|PRIVATE/i;

/** Whether a variable's name suggests its value must never be echoed (`SMTP_PASSWORD`, `NATS_NKEY_SEED`…). */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}
