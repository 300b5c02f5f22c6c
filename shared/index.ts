// The Handle with Care domain: pure functions and types, no Office, Graph, Node or DOM.
// The send guard should import "shared/signal/match-signal-template" directly to keep its bundle small.

export type { ChildName, IsoDate, Signal, SignalWarning, SignalField, FieldError } from "./signal/types";
export { SIGNAL_SUBJECT, SIGNAL_CLOSING_LINE, ACKNOWLEDGEMENT_SUBJECT } from "./signal/template";
export { parseSignalInput } from "./signal/parse-signal-input";
export type { ParseSignalInputOptions, ParseSignalInputResult } from "./signal/parse-signal-input";
export { parseChildName, CHILD_NAME_MIN_LENGTH, CHILD_NAME_MAX_LENGTH } from "./signal/child-name";
export type { ChildNameCode, ChildNameResult } from "./signal/child-name";
export { parseBirthDate } from "./signal/birth-date";
export type { BirthDateCode, BirthDateResult } from "./signal/birth-date";
export { renderSignal } from "./signal/render-signal";
export type { RenderedMessage } from "./signal/render-signal";
export { matchSignalTemplate } from "./signal/match-signal-template";
export type { MessageBody, SignalTemplateMatch } from "./signal/match-signal-template";
export { escapeHtml } from "./signal/escape-html";

export { recognizeMessage } from "./recognition/recognize-message";
export type { InboundMessage, Recognition, RecognitionTrust, TenantTolerance } from "./recognition/inbound-message";

export { renderAcknowledgement, renderExpiryNotice } from "./acknowledgement/render-acknowledgement";
export type { NoticeOptions } from "./acknowledgement/render-acknowledgement";

export { nextSchoolDayStart, isSchoolDay } from "./calendar/next-school-day-start";
export type { NextSchoolDayStartOptions } from "./calendar/next-school-day-start";
export { CalendarRangeError } from "./calendar/calendar-range-error";
export { schoolClosingPublicHolidays, easterSunday } from "./calendar/public-holidays";
export { readSchoolHolidays } from "./calendar/school-holidays";
export type { SchoolHolidayPeriod, OpenDataSchoolHolidays } from "./calendar/school-holidays";
export { coverageFor, CALENDAR_COVERAGE_START } from "./calendar/shipped-calendar";
export { REGIONS, isRegion } from "./calendar/region";
export type { Region } from "./calendar/region";

export { formatBirthDate } from "./dates/format-birth-date";
export { formatDeadline } from "./dates/format-deadline";
export { formatLongDate, formatLongMoment } from "./dates/format-long-date";
export { amsterdamToday, amsterdamInstantMs, amsterdamWallClock } from "./dates/amsterdam-time";

export { schoolSchema, schoolRegisterSchema, regionSchema, brinSchema } from "./register/school";
export { schoolRegisterJsonSchema } from "./register/register-json-schema";
export type { School } from "./register/school";
export { parseSchoolRegister } from "./register/parse-school-register";
export type { ParseSchoolRegisterResult, RegisterError } from "./register/parse-school-register";
export { isSchoolSelectable, searchSchools, findSchoolByHwcAddress } from "./register/select-schools";

export * from "./messages/index";
