// The types of meetings, agendas, actions and Today, generated from the core by ts-rs.
export type {
  ActionInput,
  ActionItem,
  AgendaItem,
  AgendaItemInput,
  AgendaTemplate,
  EditScope,
  Meeting,
  MeetingDetail,
  MeetingInput,
  MeetingStatus,
  NextMeeting,
  Owner,
  SeriesInput,
  TemplateItem,
  TodayView,
} from './bindings';
