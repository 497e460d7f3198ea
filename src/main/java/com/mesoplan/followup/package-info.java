/**
 * Follow-up after a session: the check-in report and its assessment (expected reaction,
 * stretched timeline, same-day or emergency red flag). Plain Java, time from a {@code Clock}.
 */
package com.mesoplan.followup;
