/** Adapter: reminders and check-ins as durable, cluster-safe db-scheduler tasks. */
package com.mesoplan.scheduling;
