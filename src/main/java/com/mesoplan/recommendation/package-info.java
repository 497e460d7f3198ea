/**
 * The recommendation core: a patient profile in, an explainable treatment plan out. Screening
 * first, the clinic's base protocol moved by each factor, then the guards against
 * over-treatment. Plain Java: no Spring, no Telegram, no I/O; time from a {@code Clock}.
 */
package com.mesoplan.recommendation;
