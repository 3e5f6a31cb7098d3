import nodemailer from 'nodemailer'

export interface Mail {
  to: string
  subject: string
  text: string
}

/** Sends mail, or does nothing when SMTP is not configured. */
export interface Mailer {
  readonly enabled: boolean
  send(mail: Mail): Promise<void>
  close(): void
}

/**
 * A nodemailer transport from `CHAO_SMTP_URL` (e.g. `smtps://user:pass@smtp.example.com`,
 * or `smtp://127.0.0.1:2525` for a local sink). Unset: a mailer that sends nothing.
 */
export function createMailer(url: string | undefined, from: string): Mailer {
  if (url === undefined) return { enabled: false, send: async () => {}, close: () => {} }
  const transport = nodemailer.createTransport(url)
  return {
    enabled: true,
    async send(mail) {
      await transport.sendMail({ from, ...mail })
    },
    close: () => transport.close(),
  }
}
