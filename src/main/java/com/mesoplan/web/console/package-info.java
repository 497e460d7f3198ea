/**
 * The clinic console at {@code /console}: server-rendered pages where the clinic's staff clear
 * provisional plans, handle red flags, call new leads, follow people in treatment, read the
 * funnel and try the protocol. It calls the same domain services as the staff chat.
 */
package com.mesoplan.web.console;
