/** The subject of every signal, exactly (covenant art. 2.1). */
export const SIGNAL_SUBJECT = "Handle with Care";

/** The third and last line of every signal body. */
export const SIGNAL_CLOSING_LINE = "Handle with Care";

/** The subject of the school's acknowledgement and of the expiry notice. */
export const ACKNOWLEDGEMENT_SUBJECT = "RE: Handle with Care";
