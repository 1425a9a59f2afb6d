import pino, { type Logger } from 'pino';

/** Structured JSON logs on stdout; secrets never leave the process. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'soilhub' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'databaseUrl'],
      censor: '[redacted]',
    },
  });
}
