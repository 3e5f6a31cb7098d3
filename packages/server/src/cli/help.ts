/** `chao --help`. Keep the variables in step with config.ts and the README. */
export const HELP = `Usage: chao <command> [options]

Commands:
  start            Start the server: HTTP API, widget files, demo site and agent console
  faq build <file> [-o out.json]
                   Compile a Markdown FAQ to the widget's JSON (chao faq --help)
  agent create --email <email> --name <name> [--admin] [--max-chats N]
                   [--departments a,b]
                   Create an agent account; the password comes from
                   CHAO_AGENT_PASSWORD (or --password-stdin)
  site create --id <id> --name <name>
                   Add a site (the demo site, "demo", always exists); its
                   widgets set data-site="<id>"
  seed fixture|large [--db <file>]
                   Fill a database for the reports: the small hand-checked
                   fixture, or 100,000 conversations for the bench (chao seed --help)

Options:
  -h, --help       Show this help
  -v, --version    Print the version

Environment variables:
  PORT             Port to listen on (default 3000; 0 picks a free port)
  HOST             Interface to listen on (default localhost: 127.0.0.1 and ::1;
                   0.0.0.0 for every IPv4 interface, e.g. in a container)
  CHAO_DATABASE    SQLite file, relative to the current directory, or :memory:
                   (default ./data/chao.db; the directory is created)
  CHAO_PUBLIC_URL  URL browsers reach the server at, e.g. https://chat.example.com
                   (default http://<HOST>:<PORT>, or the request's Host on the demo)
  CHAO_DEMO        true or false: serve the demo shop at / (default true)
  CHAO_WIDGET_DIR  Built widget files (default packages/widget/dist/cdn)
  CHAO_CONSOLE_DIR Built agent console (default packages/console/dist)
  CHAO_DEMO_DIR    Demo site files (default packages/server/demo)
  CHAO_LOG_LEVEL   fatal, error, warn, info, debug, trace or silent (default info)
  CHAO_SECRET      Signs visitor tokens (default: generated, kept in the database)
  CHAO_AGENT_GRACE_MS  An agent disconnected this long loses their chats to the
                   queue (default 60000)
  CHAO_SMTP_URL    smtp(s)://user:pass@host:port for ticket mails (default: no mail)
  CHAO_SMTP_FROM   From address of mails (default Chao <no-reply@localhost>)
  CHAO_IDENTITY_SECRET    Verifies identified visitors (HMAC-SHA256 of the user id)
  CHAO_IDENTITY_REQUIRED  true: refuse identify frames that do not verify
  CHAO_AGENT_TOKEN Service token for integrations on /agent (no routing frames)

Example:
  PORT=8080 CHAO_DATABASE=/var/lib/chao/chao.db chao start
`
