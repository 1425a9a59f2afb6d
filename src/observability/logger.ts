import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type LogFormat = 'json' | 'pretty';

/**
 * JSON lines (one object per line, for log collectors) or, in development, readable lines (pino-pretty);
 * secrets never leave the process. Command-line tools log to stderr so that stdout carries only their result.
 */
export function createLogger(level: string, format: LogFormat = 'json', fd: 1 | 2 = 1): Logger {
  const options = {
    level,
    base: { service: 'soilhub' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'databaseUrl'],
      censor: '[redacted]',
    },
  };
  if (format === 'json') return pino(options, pino.destination(fd));
  return pino(
    options,
    pretty({
      destination: fd,
      sync: true,
      colorize: Boolean(process.stdout.isTTY),
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname,service,req,res,responseTime',
    }),
  );
}
