// A local SMTP server for development and tests: mail the portal sends through real SMTP lands
// here, is written as JSON into a folder, and is read at /dev/mailbox (and by the e2e tests).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { CaughtMail } from './mailbox';

function headerText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A header's value as sent (mailparser turns List-* headers into objects). */
function rawHeader(lines: readonly { key: string; line: string }[], key: string): string | undefined {
  const line = lines.find((l) => l.key === key)?.line;
  return line === undefined
    ? undefined
    : line
        .slice(line.indexOf(':') + 1)
        .replace(/\r?\n\s+/g, ' ')
        .trim();
}

export async function startMailCatcher(opts: {
  port: number;
  dir: string;
  log?: (m: string) => void;
}): Promise<{ stop: () => Promise<void> }> {
  mkdirSync(opts.dir, { recursive: true });
  let sequence = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const receivedAt = new Date();
          const id = `${receivedAt.getTime()}-${process.pid}-${++sequence}`;
          const mail: CaughtMail = {
            id,
            receivedAt: receivedAt.toISOString(),
            from: parsed.from?.text ?? '',
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            notificationId: headerText(parsed.headers.get('x-portal-notification')),
            listUnsubscribe: rawHeader(parsed.headerLines, 'list-unsubscribe'),
            listUnsubscribePost: rawHeader(parsed.headerLines, 'list-unsubscribe-post'),
          };
          // Written under another name and renamed: a reader (the mailbox page, a test waiting for this
          // email) never finds a half-written file (rename is atomic within a folder).
          const file = path.join(opts.dir, `${id}.json`);
          writeFileSync(`${file}.part`, JSON.stringify(mail, null, 2));
          renameSync(`${file}.part`, file);
          opts.log?.(`caught "${mail.subject}" for ${mail.to.join(', ')}`);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  return { stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
