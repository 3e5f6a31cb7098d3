/**
 * @chao/protocol — the wire contract shared by the widget, the connector, the server and
 * the console: the message model, every frame in both directions with its runtime
 * validator, error codes and the protocol version. Zero dependencies, isomorphic.
 * The spec is docs/protocol.md.
 */

export type {
  ConversationDetail,
  ConversationSummary,
  InboxView,
  LiveVisitor,
  NoteRecord,
  SurveyAnswers,
  TranscriptLine,
} from './agent-api.ts'
export {
  ANALYTICS_LIMITS,
  type WidgetEvent,
  type WidgetEventBatch,
  type WidgetEventType,
  widgetEvent,
  widgetEventBatch,
  widgetEventType,
} from './analytics.ts'
export { ERROR_CODES, type ErrorCode, RETRYABLE_CODES } from './errors.ts'
export {
  AGENT_ONLY,
  type Attachment,
  type ClientFrame,
  type ClientFrameOf,
  type ClientFrameType,
  type ClientToServerEvents,
  type ConversationState,
  clientFrames,
  LIMITS,
  type ServerFrame,
  type ServerFrameOf,
  type ServerFrameType,
  type ServerToClientEvents,
  serverFrames,
  VISITOR_ONLY,
  type WireMessage,
} from './frames.ts'
export { type AgentStatus, agentStatus, HANDOFF_LIMITS } from './handoff-frames.ts'
export {
  type Author,
  type ChatMessage,
  type ConnectionState,
  type DeliveryStatus,
  type LinkCard,
  MAX_TEXT_LENGTH,
  type QuickReply,
} from './message.ts'
export { type FrameProblem, type Parsed, parseClientFrame, parseServerFrame } from './parse.ts'
export {
  type AgentRow,
  type DailyPoint,
  type HourlyVolume,
  type ProactiveRow,
  type RatingRow,
  type Ratio,
  REPORT_DATE,
  REPORT_DEFAULTS,
  REPORT_MAX_DAYS,
  REPORT_TABLES,
  type ReportError,
  type ReportMetrics,
  type ReportPeriod,
  type ReportPeriodMetrics,
  type ReportQuery,
  type ReportSummary,
  type ReportTable,
  type UnansweredRow,
} from './reports.ts'
export { FrameError } from './schema.ts'
export { SURVEY_LIMITS } from './survey-frames.ts'
export { minorOf, type Negotiation, negotiateVersion, PROTOCOL_VERSION } from './version.ts'
export { attributeChanges, VISITOR_LIMITS } from './visitor-frames.ts'
